"""The apps depend one way: ``core`` on no other app, and no first-party module on itself in a loop.

The graph counts every import, those inside functions too (an import moved into a function to dodge a
cycle still ties the modules together); tests and migrations are left out. ``navigation`` and ``demo``
sit on top: templates load navigation's tags and ``manage.py`` runs demo's command, no module imports them.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOUNDATION = "core"
TOP_ONLY = {"navigation", "demo"}


def first_party_modules(root):
    """{dotted module name: path} for every package at the top of ``root`` except tests."""
    modules = {}
    for package in sorted(p for p in root.iterdir() if (p / "__init__.py").is_file() and p.name != "tests"):
        for path in package.rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            if "migrations" in parts:
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


def imported_names(name, path):
    """Every module name ``path`` imports (``from a import b`` gives both ``a`` and ``a.b``)."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def import_graph(root):
    """{module: set of first-party modules it imports}."""
    modules = first_party_modules(root)
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_names(name, path):
            while imported and imported not in modules:  # "a.b.func" → "a.b"
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph):
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def app(module):
    return module.split(".")[0]


def upward_imports(graph):
    """``core`` modules importing another first-party app, as "module -> imported" lines."""
    return sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        if app(module) == FOUNDATION
        for target in targets
        if app(target) != FOUNDATION
    )


def imports_of_top_apps(graph):
    return sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        for target in targets
        if app(target) in TOP_ONLY and app(module) != app(target)
    )


def app_graph(graph):
    """{app: set of other apps it imports}, from the module graph."""
    apps = {}
    for module, targets in graph.items():
        apps.setdefault(app(module), set()).update(app(target) for target in targets if app(target) != app(module))
    return apps


# --- The project ---------------------------------------------------------------------------------


def test_the_project_graph_sees_every_app():
    apps = {app(module) for module in import_graph(ROOT)}
    assert {"core", "home", "treatments", "appointments", "search", "navigation", "demo"} <= apps


def test_no_import_cycle_among_first_party_modules():
    found = cycles(import_graph(ROOT))
    assert not found, f"Import cycles (imports inside functions count too): {found}"


def test_core_imports_no_other_app():
    found = upward_imports(import_graph(ROOT))
    assert not found, f"core must not import the apps built on it; move the code or let the app register: {found}"


def test_apps_depend_on_each_other_one_way_only():
    """Two apps importing each other (even through different modules) are one app in two folders."""
    found = cycles(app_graph(import_graph(ROOT)))
    assert not found, f"Apps that import each other, directly or round a loop: {found}"


def test_nothing_imports_navigation_or_demo():
    found = imports_of_top_apps(import_graph(ROOT))
    assert not found, f"navigation and demo sit above every app: {found}"


# --- The checks themselves catch what they are for ------------------------------------------------


def write(root, files):
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_a_cycle_closed_by_an_import_inside_a_function_is_found(tmp_path):
    root = write(
        tmp_path,
        {
            "shop/__init__.py": "",
            "shop/models.py": "from .forms import Form\n",
            "shop/forms.py": "def build():\n    from shop.models import Item\n",
            "shop/migrations/0001_initial.py": "from shop.models import Item\n",
        },
    )
    assert cycles(import_graph(root)) == [["shop.forms", "shop.models"]]


def test_a_relative_cycle_through_a_package_is_found(tmp_path):
    root = write(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/cache/__init__.py": "from .middleware import Middleware\n",
            "core/cache/middleware.py": "from . import keys\n",
            "core/cache/keys.py": "",
        },
    )
    assert cycles(import_graph(root)) == [["core.cache", "core.cache.middleware"]]


def test_core_importing_an_app_is_found_even_inside_a_function(tmp_path):
    root = write(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/backup.py": "def counts():\n    from shop.models import Order\n",
            "shop/__init__.py": "",
            "shop/models.py": "from core.backup import counts\n",
            "tests/__init__.py": "",
            "tests/test_shop.py": "from core.backup import counts\nfrom shop.models import Order\n",
        },
    )
    graph = import_graph(root)
    assert upward_imports(graph) == ["core.backup -> shop.models"]
    assert "tests.test_shop" not in graph


def test_an_import_of_navigation_is_found(tmp_path):
    root = write(
        tmp_path,
        {
            "navigation/__init__.py": "",
            "navigation/links.py": "",
            "shop/__init__.py": "",
            "shop/views.py": "import navigation.links\n",
        },
    )
    assert imports_of_top_apps(import_graph(root)) == ["shop.views -> navigation.links"]


def test_two_apps_importing_each_other_through_different_modules_are_found(tmp_path):
    files = {
        "shop/__init__.py": "",
        "shop/models.py": "from stock.labels import label\n",
        "stock/__init__.py": "",
        "stock/labels.py": "def label():\n    return ''\n",
        "stock/views.py": "from shop.models import Order\n",
    }
    write(tmp_path, files)
    assert cycles(import_graph(tmp_path)) == []
    assert cycles(app_graph(import_graph(tmp_path))) == [["shop", "stock"]]
