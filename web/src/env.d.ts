/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Organisation name in the header, per language (see src/app/config.ts). */
  readonly VITE_ORGANISATION_VI?: string;
  readonly VITE_ORGANISATION_EN?: string;
  readonly VITE_PROVINCE?: string;
}
