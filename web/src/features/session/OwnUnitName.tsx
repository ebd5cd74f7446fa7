import { useUnitName } from '../../ui/useUnitName';

/**
 * " · Phường Tam Thanh" beside a commune user's name, in the signed-in chunk (signed-in.ts): the
 * overview's first load (tests/budget) carries the header, and most readers have no unit.
 */
export default function OwnUnitName({ unit }: { unit: string }) {
  return ` · ${useUnitName(unit)}`;
}
