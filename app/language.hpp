// The user-interface language: English (the source), Japanese or Russian, the languages of
// the seeds. Chosen once at start-up (--lang, else the remembered choice, else the system
// locale) and changeable while the app runs.
//
// Only what people read follows the language: widget text, tooltips, the command line's
// human-readable output and numbers on screen (QLocale::setDefault). CSV headers, JSON keys
// and numbers in files never do: they are written by the core with std::to_chars.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtl::app {

struct UiLanguage {
    QString code;        // "en", "ja", "ru": what --lang and the settings take
    QString native_name; // as its speakers write it, for the menu: "日本語"
};
const QList<UiLanguage>& ui_languages();
bool is_ui_language(const QString& code);

// explicit_code (from --lang) wins, then `remembered` (settings), then the system locale's
// language when it is one of ours, then English.
QString choose_language(const QString& explicit_code, const QString& remembered);

// Installs the app's and Qt's own translators for `code` (replacing those of an earlier
// call) and makes its locale the default for numbers on screen. Needs a Q(Core)Application.
void apply_language(const QString& code);
QString current_language();

// Takes "--lang X" or "--lang=X" out of a command line (any position after the program
// name). Returns the value, or an error message for a missing or unknown value.
struct LangOption {
    std::optional<QString> code;
    QString error;
};
LangOption take_lang_option(QStringList& args);
// The same on argv, before a Q(Core)Application exists: removes the option in place.
LangOption take_lang_option(int& argc, char** argv);

} // namespace vtl::app
