/** The part of Rolldown's chunking context this needs. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; code: string | null; exports: readonly string[] } | null;
}

/** React, React DOM and its scheduler: the chunk of their own that the entry evaluates first. */
const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
/** `import { a, b as c } from "pkg"` (or `export { … } from`) in a module's transformed code, types already gone. */
const NAMED_IMPORT = /\b(?:import|export)\s*\{([^}]*)\}\s*from\s*["']([^"'.][^"']*)["']/g;

/** Whether the module `id` is what the bare specifier `spec` resolved to (a package, or @kpi/shared's source). */
function resolvedFrom(id: string, spec: string): boolean {
  const path = id.replace(/\\/g, '/');
  return spec === '@kpi/shared' ? path.endsWith('/shared/src/index.ts') : path.includes(`/node_modules/${spec}/`);
}

/** The names a module takes from each package it imports by name. */
function namedImports(code: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const [, list, spec] of code.matchAll(NAMED_IMPORT)) {
    const taken = list!
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/)[0]!)
      .filter(Boolean);
    names.set(spec!, [...(names.get(spec!) ?? []), ...taken]);
  }
  return names;
}

/** The module that defines `name`, followed from `index` through the modules that re-export it. */
function definer(graph: ModuleGraph, index: string, name: string): string {
  const next = graph.getModuleInfo(index)?.importedIds.find((id) => graph.getModuleInfo(id)?.exports.includes(name));
  return next ? definer(graph, next, name) : index;
}

/**
 * Every module `from` imports statically, itself included, recursively. Through a package's index
 * (@kpi/shared, TanStack Query) it follows only the modules that define the names taken, not all
 * the index re-exports (the forms' schemas, the mutations): those belong to the pages that use them.
 * A package imported otherwise (a namespace, a default) brings all its index imports: too much,
 * never too little.
 */
function staticClosure(graph: ModuleGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    const named = namedImports(info?.code ?? '');
    for (const imported of info?.importedIds ?? []) {
      const spec = [...named.keys()].find((candidate) => resolvedFrom(imported, candidate));
      if (spec === undefined) queue.push(imported);
      else queue.push(...named.get(spec)!.map((name) => definer(graph, imported, name)));
    }
  }
  return seen;
}

/**
 * One chunk for the app that every page starts with (`src/app/start.tsx` and what it imports), for
 * Rolldown's `codeSplitting.groups[].name`. Left to itself, Rolldown splits the modules the lazy
 * pages share with it into a dozen chunks (the words, the query cache, the header, and many of less
 * than 1 KB): each a request and a gzip stream of its own, 4.5 KB of gzip more than the same code
 * in one (docs/benchmarks.md), which every reader fetches anyway. Left out: React (the entry evaluates it in a task of its own,
 * so it must not import the app) and what the render-blocking entry imports itself (which would
 * otherwise pull the whole app in before the first paint).
 */
export function appChunk(entry: string, start: string) {
  let members: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | null => {
    if (!members) {
      const entryOwn = staticClosure(graph, entry);
      members = new Set([...staticClosure(graph, start)].filter((member) => !entryOwn.has(member) && !REACT.test(member)));
    }
    return members.has(id) ? 'start' : null;
  };
}
