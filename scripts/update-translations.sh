#!/usr/bin/env bash
# Gathers every tr() sentence of the user interface into assets/translations/carelink.ts (the template a translator
# copies to carelink_<language>.ts, for example carelink_cy.ts), refreshes the translations already there, and
# compiles each to the .qm file CareLink loads for a household in that language.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=".venv/bin"
sources=$(git ls-files 'carelink/ui/*.py' 'carelink/ui/**/*.py' carelink/app.py)
folder=assets/translations
for ts in "$folder"/carelink.ts "$folder"/carelink_*.ts; do
    [ -e "$ts" ] || continue
    # shellcheck disable=SC2086
    "$bin/pyside6-lupdate" -locations none $sources -ts "$ts"
    # tr() translates in the "CareLink" context (carelink/ui/widgets.py); lupdate cannot know that name
    sed -i 's|<name></name>|<name>CareLink</name>|' "$ts"
done
for ts in "$folder"/carelink_*.ts; do
    [ -e "$ts" ] || continue
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
