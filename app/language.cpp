#include "app/language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace vtl::app {

namespace {

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed() {
    static Installed state;
    return state;
}

QLocale locale_of(const QString& code) {
    if (code == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    if (code == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString unknown_language_error(const QString& value) {
    QStringList codes;
    for (const UiLanguage& l : ui_languages())
        codes << l.code;
    return QCoreApplication::translate("vtl::app::Language",
                                       "--lang: unknown language '%1' (use one of: %2)")
        .arg(value.left(40), codes.join(QStringLiteral(", ")));
}

LangOption check(const QString& value) {
    LangOption out;
    if (is_ui_language(value))
        out.code = value;
    else
        out.error = unknown_language_error(value);
    return out;
}

} // namespace

const QList<UiLanguage>& ui_languages() {
    static const QList<UiLanguage> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
    };
    return languages;
}

bool is_ui_language(const QString& code) {
    for (const UiLanguage& l : ui_languages())
        if (l.code == code)
            return true;
    return false;
}

QString choose_language(const QString& explicit_code, const QString& remembered) {
    if (is_ui_language(explicit_code))
        return explicit_code;
    if (is_ui_language(remembered))
        return remembered;
    const QString system = QLocale::system().name().left(2);
    return is_ui_language(system) ? system : QStringLiteral("en");
}

void apply_language(const QString& code) {
    Installed& s = installed();
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app.reset();
    s.qt.reset();
    s.code = is_ui_language(code) ? code : QStringLiteral("en");
    QLocale::setDefault(locale_of(s.code));
    if (s.code == QLatin1String("en"))
        return; // the source language: nothing to load
    // Qt's own strings (standard dialogs, buttons) first, so ours take precedence.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale_of(s.code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/valuetask-lab_%1.qm").arg(s.code))) {
        QCoreApplication::installTranslator(app.get());
        s.app = std::move(app);
    }
}

QString current_language() {
    return installed().code;
}

LangOption take_lang_option(QStringList& args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--lang")) {
            if (i + 1 >= args.size()) {
                LangOption out;
                out.error = unknown_language_error(QString());
                return out;
            }
            LangOption out = check(args[i + 1]);
            args.remove(i, 2);
            return out;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            LangOption out = check(a.mid(7));
            args.remove(i);
            return out;
        }
    }
    return {};
}

LangOption take_lang_option(int& argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        int taken = 0;
        QString value;
        if (std::strcmp(argv[i], "--lang") == 0) {
            taken = i + 1 < argc ? 2 : 1;
            if (taken == 2)
                value = QString::fromLocal8Bit(argv[i + 1]);
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            taken = 1;
            value = QString::fromLocal8Bit(argv[i] + 7);
        }
        if (taken == 0)
            continue;
        for (int j = i; j + taken <= argc; ++j)
            argv[j] = argv[j + taken];
        argc -= taken;
        return check(value);
    }
    return {};
}

} // namespace vtl::app
