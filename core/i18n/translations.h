#pragma once

#include <QString>

class QCoreApplication;

namespace livedna {

// en_GB is the source language; the only catalogue today is Welsh ("cy"), embedded at
// :/i18n/livedna_cy.qm by qt_add_translations.
//
// The language is chosen, first match wins, by:
//   1. the environment variable LIVEDNA_LANG ("cy", "cy_GB", "en", "en_GB", ...);
//   2. the setting "ui/language" in QSettings("LiveDNA", "livedna");
//   3. the system locale's UI languages (LANG=cy_GB.UTF-8, or Welsh in the desktop settings).
QString chosenLanguage();

// Installs the catalogue for chosenLanguage() on `app` (the translator is owned by `app`).
// Call it after setting the organisation and application names and before any tr() text
// is built. Returns the language in use: "cy" or "en_GB".
QString installTranslations(QCoreApplication &app);

} // namespace livedna
