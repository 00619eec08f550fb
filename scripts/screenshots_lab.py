"""Screenshots of the learning lab for docs/screenshots/, under the current DISPLAY, on a copy of the demo workspace
with a learning group added through the services (consent to share, a group of three, two shared fragments with
the professional's question, tops and tips, one of them turned into an aandachtspunt):

    KIJKWIJZER_PASSPHRASE=kijkwijzer-demo xvfb-run -s "-screen 0 1600x1000x24" \\
        .venv/bin/python scripts/screenshots_lab.py [--workspace DIR] [--out DIR] [--lang en]

Writes leerlab.png (a group member's Leerlab, a clip paused on a real frame), leerlab-leergroep.png (the
professional's Leergroep tab beside the review), leerlab-share-menu.png (the Fragmenten list's context menu) and
leerlab-share.png (the share dialog over the window).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import ensure_demo, grab, spin, start_for_shots

GROUP = "Leerlab Zoetermeer"
MEMBERS = ("Femke Visser", "Ruud Hendriks", "Karin de Boer")
SHARES = (  # fragment title in the demo -> the professional's question for the group
    ("Weer een formulier", ("Hij raakt geïrriteerd als ik over het formulier begin. Hoe had ik dit anders kunnen "
                           "inleiden?")),
    ("Artikel achttien", "Ik hoor mezelf hier in jargon praten. Wat zien jullie bij de cliënt gebeuren?"),
)
FEEDBACK = (  # (share index, member index or -1 for the professional, kind, theme, text)
    (0, 0, "top", "thema.beleving", ("Je benoemt zijn boosheid zonder oordeel: ‘ik zie dat dit u raakt’. Daarna "
                                    "ontspant hij zichtbaar.")),
    (0, 1, "tip", "thema.agenda", "Vraag eerst wat hij vandaag wil bespreken, vóór het formulier op tafel komt."),
    (0, 2, "tip", "thema.metacommunicatie", ("Je zou kunnen zeggen wat je ziet: ‘dit formulier lijkt u veel te "
                                            "kosten; klopt dat?’")),
    (1, 1, "top", "thema.taal", "Goed dat je het daarna in gewone woorden herhaalt."),
)


def add_lab(workspace: Path) -> None:
    """The learning group, consent and shares, once (a workspace that has them already is left as it is)."""
    from kijkwijzer.crypto import workspace_key
    from kijkwijzer.services import cases, consent, fragments, lab, lab_groups, people, recordings, reflection
    from kijkwijzer.services.context import Actor
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace

    where = Workspace.at(workspace)
    workspace_key.unlock_quietly(where)
    ctx = open_context(where)
    try:
        if lab_groups.list_groups(ctx):
            return
        reviewers = people.list_reviewers(ctx)
        pro_rev = next(r for r in reviewers if r.role == "professional")
        pro = ctx.as_actor(Actor(pro_rev.id, pro_rev.name, pro_rev.role))
        case = cases.list_cases(ctx)[0]
        conversation = cases.list_conversations(ctx, case.id)[0]
        consent.grant(ctx, conversation.id, "learning_group", conversation.held_on, method="form")
        group = lab_groups.add_group(ctx, GROUP)
        members = []
        for name in MEMBERS:
            member = people.add_reviewer(ctx, name, "learning_group")
            lab_groups.add_to_group(ctx, group.id, member.id)
            members.append(ctx.as_actor(Actor(member.id, member.name, member.role)))
        recording = recordings.list_recordings(ctx, conversation.id)[0]
        by_title = {f.title: f for f in fragments.list_for_recording(pro, recording.id)}
        shares = [lab.share_fragment(pro, by_title[title].id, group.id, question) for title, question in SHARES]
        made = []
        for share, who, kind, theme, text in FEEDBACK:
            made.append(lab.add_feedback(members[who] if who >= 0 else pro, shares[share].id, kind, text, theme))
        held = reflection.list_reflections(pro, conversation.id)[-1]
        lab.feedback_to_aandachtspunt(pro, made[1].id, held.id, "Eerst samen de agenda bepalen, dan pas het formulier")
    finally:
        ctx.store.dispose()


def reviewer_id(window, name: str) -> int:
    from kijkwijzer.services import people

    return next(r.id for r in people.list_reviewers(window.base_ctx) if r.name == name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", default=os.environ.get("KIJKWIJZER_LAB_DEMO", "/tmp/kw-lab-demo"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace), Path(args.out)
    ensure_demo(workspace)
    add_lab(workspace)

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMenu

    running = start_for_shots(workspace, args.lang)
    if isinstance(running, int):
        return running
    window = running.window
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.showMaximized()
    spin(1.0)

    # a group member: the Leerlab is their window; a clip paused on a real frame, the thread beside it
    window.select_reviewer(reviewer_id(window, MEMBERS[0]))
    spin(1.0)
    view = window.lab.leerlab
    view.shares.setCurrentRow(view.shares.count() - 1)  # the oldest share: the one with the most feedback
    spin(0.5)
    view.player.toggle()
    spin(2.5)
    view.player.toggle()
    view.form.tip.setChecked(True)
    view.form.theme.setCurrentIndex(view.form.theme.findData("thema.beurten"))
    view.form.text.setPlainText("Na je vraag over het formulier mag de stilte nog iets langer duren.")
    spin(0.8)
    grab(window, out / "leerlab.png")

    # the professional: the recording with the Leergroep tab beside the review
    window.select_reviewer(reviewer_id(window, "Sanne de Vries"))
    window.docks.close("leerlab")
    spin(0.5)
    window.open_initial_recording()
    spin(1.5)
    window.docks.panels["leergroep"].raise_()
    spin(0.8)
    grab(window, out / "leerlab-leergroep.png")

    # sharing a fragment from the Fragmenten list
    window.fragments_dock.raise_()
    pool = window.playlists.pool
    rows = [i for i in range(pool.count()) if "Het maakt toch niet uit" in pool.item(i).text()]
    pool.setCurrentRow(rows[0] if rows else 0)
    menu = QMenu(window)  # the list's context menu, as a right click shows it
    menu.addActions(pool.actions())
    item = pool.visualItemRect(pool.currentItem())
    menu.popup(pool.viewport().mapToGlobal(item.center()))
    menu.setActiveAction(window.lab.sharing.share_action)
    spin(0.6)
    grab(window, out / "leerlab-share-menu.png")
    menu.close()
    dialog = window.lab.sharing.share_current()
    dialog.question.setPlainText("Hier vraag ik door na zijn zucht. Was dat te snel?")
    spin(0.8)
    grab(window, out / "leerlab-share.png")
    dialog.reject()

    running.window.close()
    running.ctx.store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
