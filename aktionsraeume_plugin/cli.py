"""Command line: the press-release map without opening QGIS.

    python -m aktionsraeume_plugin map --sample --format pdf --format png --out build/karte.pdf --force
    python -m aktionsraeume_plugin map --project stadt.qgz --scenario vorschlag.json --out karte.png --dpi 150
    python -m aktionsraeume_plugin map --project stadt.qgz --variant comparison --out vergleich.pdf

With --project, the map layout of the project is exported as the cartographer adjusted it in the layout
designer (--reset-layout rebuilds it from the template for this export); the project file is not changed.

Every error ends with a one-line message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

EXIT_OK = 0
EXIT_ERROR = 1
#: 128 + SIGPIPE, the exit code of a tool whose output pipe was closed.
EXIT_STDOUT_CLOSED = 141


def _early_language(argv: list[str]) -> str:
    """--lang before argparse runs, so that the help itself is translated."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return os.environ.get("AKTIONSRAEUME_LANG", "de")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m aktionsraeume_plugin",
        description=QCoreApplication.translate(
            "CommandLine", "Aktionsräume: export the city map of action spaces without opening QGIS."
        ),
    )
    parser.add_argument(
        "--lang",
        default="de",
        choices=("de", "en"),
        help=QCoreApplication.translate("CommandLine", "language of the map texts: de (default) or en"),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    shared = _export_options()
    map_parser = _export_command(
        commands,
        shared,
        "map",
        "FILE",
        QCoreApplication.translate("CommandLine", "export the map of Aktionsräume and Aktionsquartiere"),
        QCoreApplication.translate(
            "CommandLine", "Export the map of Aktionsräume and Aktionsquartiere through the print layout."
        ),
    )
    map_parser.add_argument(
        "--format",
        action="append",
        choices=("pdf", "png", "svg"),
        help=QCoreApplication.translate(
            "CommandLine", "output format; repeat for several (default: from the file name of --out)"
        ),
    )
    map_parser.add_argument(
        "--dpi",
        type=int,
        help=QCoreApplication.translate(
            "CommandLine", "resolution of PNG (default 300 for print; 150 is enough for the web)"
        ),
    )
    map_parser.add_argument(
        "--variant",
        choices=("map", "comparison", "development"),
        default="map",
        help=QCoreApplication.translate(
            "CommandLine",
            "the map, or the current list and the scenario side by side (comparison), or with "
            "--sample statistikatlas the status 2018 → 2024 (development)",
        ),
    )
    map_parser.add_argument(
        "--orientation",
        choices=("landscape", "portrait"),
        help=QCoreApplication.translate(
            "CommandLine", "A4 page orientation of the map (default: as in the project, else landscape)"
        ),
    )

    profiles_parser = _export_command(
        commands,
        shared,
        "profiles",
        "FILE.pdf",
        QCoreApplication.translate("CommandLine", "export the area profiles (one A4 page per area)"),
        QCoreApplication.translate(
            "CommandLine",
            "Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.",
        ),
    )
    profiles_parser.add_argument(
        "--level",
        choices=("spaces", "quarters"),
        help=QCoreApplication.translate(
            "CommandLine",
            "only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)",
        ),
    )
    _switch(
        profiles_parser,
        "--all",
        QCoreApplication.translate(
            "CommandLine", "every area of the level, not only those of the scenario's list"
        ),
    )
    _switch(
        profiles_parser,
        "--separate",
        QCoreApplication.translate("CommandLine", "one PDF per area instead of one multi-page PDF"),
    )
    return parser


def _export_options() -> argparse.ArgumentParser:
    """The options every export command takes (a parent parser): where the set-up comes from, the
    scenario, the layout, the fonts, overwriting."""
    options = argparse.ArgumentParser(add_help=False)
    source = options.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--sample",
        nargs="?",
        const="dortmund2020",
        choices=("dortmund2020", "statistikatlas"),
        help=QCoreApplication.translate(
            "CommandLine",
            "use an embedded sample: 'Dortmund 2020' (default) or 'statistikatlas' (real boundaries and figures)",
        ),
    )
    source.add_argument(
        "--project",
        metavar="FILE.qgz|postgresql:URI",
        help=QCoreApplication.translate("CommandLine", "use a QGIS project set up in the panel"),
    )
    options.add_argument(
        "--scenario",
        type=Path,
        metavar="FILE.json",
        help=QCoreApplication.translate(
            "CommandLine", "scenario file (default: the one of the project/sample)"
        ),
    )
    _switch(
        options,
        "--reset-layout",
        QCoreApplication.translate(
            "CommandLine", "rebuild the layout from the template instead of using the project's"
        ),
    )
    _switch(
        options,
        "--strict-fonts",
        QCoreApplication.translate(
            "CommandLine", "stop with an error when the layout names a font that is not installed"
        ),
    )
    _switch(options, "--force", QCoreApplication.translate("CommandLine", "overwrite existing files"))
    return options


def _switch(parser, flag: str, help_text: str) -> None:
    """An on/off option ``flag`` (False unless given) of ``parser`` or of one of its groups."""
    parser.add_argument(flag, action="store_true", help=help_text)


def _export_command(
    commands, shared: argparse.ArgumentParser, name: str, out_metavar: str, help_text: str, description: str
) -> argparse.ArgumentParser:
    """The sub-command ``name`` with the shared export options and ``--out`` (shown as ``out_metavar``)."""
    parser = commands.add_parser(name, parents=[shared], help=help_text, description=description)
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=out_metavar,
        help=QCoreApplication.translate("CommandLine", "output file"),
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from .services.i18n import install_translator

        install_translator(_early_language(argv))
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as stop:  # argparse has printed help or the usage error
            return int(stop.code or 0)
        return _run(args)
    finally:
        app.exitQgis()


def _fail(message: str) -> int:
    print(
        QCoreApplication.translate("CommandLine", "Error: {message}").format(message=message), file=sys.stderr
    )
    return EXIT_ERROR


class CommandError(Exception):
    """A wrong command line (the message says what to change); ``_run`` prints it and exits with 1."""


def _run(args: argparse.Namespace) -> int:
    from .services.map_service import EXPORT_ERRORS
    from .services.messages import error_text

    try:
        if args.command == "profiles":
            return _profiles(args)
        return _map(args)
    except BrokenPipeError:
        return _stdout_closed()
    except (*EXPORT_ERRORS, CommandError, OSError, ValueError) as error:
        return _fail(error_text(error))


def _stdout_closed() -> int:
    """The reader of our output went away (``… | head -3``): stop quietly, as other command-line tools
    do, with the exit code of a process ended by SIGPIPE. The files are written by then; only their
    names were not all printed. Standard output is pointed at /dev/null so that Python's final flush
    does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_STDOUT_CLOSED


def _map(args: argparse.Namespace) -> int:
    from .services.map_export import FORMATS
    from .services.map_service import MAX_DPI, MIN_DPI, MapRequest, check_variant, export_map

    formats = list(dict.fromkeys(args.format or [args.out.suffix.lstrip(".").lower()]))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise CommandError(
            QCoreApplication.translate(
                "CommandLine", "{path}: cannot tell the format from the file name; use --format."
            ).format(path=args.out)
        )
    if args.dpi is not None and not MIN_DPI <= args.dpi <= MAX_DPI:
        raise CommandError(QCoreApplication.translate("CommandLine", "--dpi must lie between 30 and 1200."))
    if args.variant == "comparison" and args.orientation == "portrait":
        raise CommandError(
            QCoreApplication.translate("CommandLine", "The comparison exists in A4 landscape only.")
        )
    _check_targets([args.out.with_suffix(f".{fmt}") for fmt in formats], args.force)
    project, scenario, workspace = _export_setup(args)
    check_variant(workspace, args.variant, scenario)
    request = MapRequest(
        out=args.out,
        formats=formats,
        dpi=args.dpi,
        variant="comparison" if args.variant == "comparison" else args.orientation,
        reset=args.reset_layout,
        scenario=scenario,
        overwrite=args.force,
    )

    fonts = partial(_check_fonts, strict=args.strict_fonts)
    for target in export_map(project, workspace, request, on_layout=fonts):
        print(target, flush=True)  # a closed pipe shows here, inside _run, not at exit
    return EXIT_OK


def _check_fonts(layout, strict: bool) -> None:
    """Warn when the layout names fonts that are not installed; with ``strict`` that is an error
    (``ExportError``: one line on stderr, exit code 1)."""
    from .services.fonts import layout_fonts, missing_fonts, missing_fonts_message
    from .services.map_export import ExportError

    message = missing_fonts_message(missing_fonts(layout_fonts(layout)))
    if message and strict:
        raise ExportError(message)
    if message:
        print(
            QCoreApplication.translate("CommandLine", "Warning: {message}").format(message=message),
            file=sys.stderr,
        )


def _check_targets(targets: list[Path], force: bool) -> None:
    """Raise ``ExportError`` when one of ``targets`` (files in one folder) exists without ``force``
    or their folder is missing or a file."""
    from .services.map_export import check_folder, refuse_existing

    refuse_existing(
        targets,
        force,
        QCoreApplication.translate("CommandLine", "{path} exists already; use --force to overwrite."),
    )
    check_folder(targets[0].parent)


def _profiles(args: argparse.Namespace) -> int:
    from .services.map_export import scenario_applied
    from .services.profile_export import export_profiles, prepare_profiles, project_source
    from .services.sample_project import sample_profile_source, statistikatlas_profile_source

    if args.out.suffix.lower() != ".pdf":
        raise CommandError(
            QCoreApplication.translate(
                "CommandLine", "{path}: the profiles are written as PDF (.pdf)."
            ).format(path=args.out)
        )
    _check_targets([args.out], args.force or args.separate)
    project, scenario, workspace = _export_setup(args)
    if args.project:
        source = project_source(project, workspace)
    elif args.sample == "statistikatlas":
        source = statistikatlas_profile_source()
    else:
        source = sample_profile_source()
    selection = "all" if args.all else "scenario"
    with scenario_applied(workspace.status_layers, scenario):
        layout = prepare_profiles(
            project,
            workspace,
            source,
            _early_language([f"--lang={args.lang}"]),
            args.level,
            selection,
            reset=args.reset_layout,
        )
        _check_fonts(layout, args.strict_fonts)
        for target in export_profiles(layout, args.out, args.separate, overwrite=args.force):
            print(target, flush=True)  # a closed pipe shows here, inside _run, not at exit
    return EXIT_OK


def _export_setup(args: argparse.Namespace):
    """``(project, scenario, workspace)`` to export: the ``--scenario`` (None without one; read first, so
    that a bad file is reported before anything is loaded), the set-up of the embedded sample
    (``--sample``) or of the project file ``--project`` read into ``QgsProject.instance()``.

    ``--project`` is a project file or the URI of a project kept in a database (QGIS's project storage,
    e.g. ``postgresql:?service=stadt&schema=projekte&project=aktionsraeume``).

    Raises ``CommandError`` when the project file is missing or unreadable, ``ScenarioError``,
    ``WorkspaceError``, ``ScenarioRefusedError`` as the services do."""
    from qgis.core import QgsApplication, QgsProject

    from .core.scenario import read_scenario
    from .services.database import safe_source
    from .services.map_service import workspace_for_export
    from .services.sample_project import load_sample, load_statistikatlas

    scenario = read_scenario(args.scenario) if args.scenario else None
    project = QgsProject.instance()
    if args.sample == "statistikatlas":
        development = getattr(args, "variant", "map") == "development"
        return project, scenario, load_statistikatlas(project, development=development)
    if not args.project:
        return project, scenario, load_sample(project)
    path = args.project
    stored = QgsApplication.projectStorageRegistry().projectStorageFromUri(path) is not None
    if not stored:
        path = Path(path)
    if not stored and not path.is_file():
        raise CommandError(
            QCoreApplication.translate("CommandLine", "{path}: no such project file.").format(path=path)
        )
    if not project.read(str(path)):
        raise CommandError(
            QCoreApplication.translate(
                "CommandLine", "{path}: QGIS could not read the project: {reason}"
            ).format(path=safe_source(str(path)), reason=safe_source(project.error()))
        )
    # --scenario is shown where the project holds none or refuses its own; the profiles of every area
    # need no scenario at all.
    require_scenario = not (args.command == "profiles" and args.all)
    return project, scenario, workspace_for_export(project, scenario, require_scenario=require_scenario)
