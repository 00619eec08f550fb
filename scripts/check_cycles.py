"""Fails (exit 1) when any module of kijkwijzer imports itself back through others: every strongly connected group
of modules is printed with one cycle through it. Imports inside functions and under TYPE_CHECKING count too: a
cycle hidden in a function or a type hint still ties two modules together. Run by `make lint`."""

from __future__ import annotations

import sys

import grimp


def import_graph(package: str = "kijkwijzer") -> dict[str, set[str]]:
    graph = grimp.build_graph(package)
    return {m: {t for t in graph.find_modules_directly_imported_by(m) if t.startswith(package)} for m in graph.modules}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other (Tarjan's strongly connected components, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in edges.get(node, ()):
                    groups.append(sorted(group))
    return groups


def one_cycle(edges: dict[str, set[str]], group: list[str]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    members, start = set(group), group[0]
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(edges.get(node, ())):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if child in members and child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    return group


def main() -> int:
    edges = import_graph()
    found = cycles(edges)
    for group in found:
        print(f"import cycle ({len(group)} modules): " + " -> ".join(one_cycle(edges, group)))
    if found:
        print(f"{len(found)} import cycle(s) in kijkwijzer", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
