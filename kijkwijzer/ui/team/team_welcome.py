"""What the welcome page says in team mode where its usual start does not fit: nobody is asked "Wie bent u?"
(that is the login), the administrator is pointed at the team dialog, and a member who is no professional is not
asked to start a case: a learning-group member is told about the learning lab, a coach or researcher that the
conversations they are named in will show up here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab_groups
from kijkwijzer.services.context import Context

translate = QCoreApplication.translate


def team_start(ctx: Context, has_cases: bool) -> tuple[str, str] | None:
    """(heading, explanation) for the welcome page, or None where the single-user start applies (a professional
    member, or anyone with cases to show)."""
    team = ctx.team
    if team is None:
        return None
    if team.administrator:
        return (translate("TeamWelcome", "U beheert deze teamdatabase"),
                translate("TeamWelcome", "Voeg teamleden toe en stel leergroepen samen onder Bestand > Team en "
                          "leergroepen… (Ctrl+Shift+T). Ieder teamlid meldt zich aan met een eigen login en werkt "
                          "aan de eigen casussen."))
    role = ctx.actor.role
    if role == "learning_group":
        # The Leerlab itself (shared fragments, feedback) is ui/lab: LabFeatures.land() opens it over this page for
        # a learning-group member; this text is what shows when they close it.
        try:
            names = [g.name for g in lab_groups.groups_of(ctx, int(ctx.actor.reviewer_id or 0))]
        except KijkwijzerError:
            names = []
        groups = (translate("TeamWelcome", "Uw leergroepen: {names}.").format(names=", ".join(names)) if names
                  else translate("TeamWelcome", "De beheerder heeft u nog niet in een leergroep gezet."))
        return (translate("TeamWelcome", "Welkom in het leerlab"),
                translate("TeamWelcome", "U ziet alleen de fragmenten die een professional met uw leergroep deelt, "
                          "en u geeft er feedback op: tops en tips. Het leerlab opent u met Beeld > Leerlab "
                          "(Ctrl+Shift+L).") + " " + groups)
    if role != "professional" and not has_cases:
        return (translate("TeamWelcome", "Nog geen gesprekken voor u"),
                translate("TeamWelcome", "U ziet hier de gesprekken waarvoor de cliënt toestemming gaf en waarin een "
                          "professional u als kijker noemde. Zodra dat gebeurt, staan ze hier."))
    return None
