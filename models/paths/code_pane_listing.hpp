// CodePaneListing: one strategy's code in one language, as the code pane shows it, with the
// lines each step of a call runs.
//
// A line may end in "@@ key key …": the keys name the steps that highlight it and are not
// shown.
//  - C++: resources/code/<strategy>.cpp.txt (:/code/), excerpts of
//    core/workload/cache_service.hpp and the engine's caller (a test checks every code line
//    against those files).
//  - C#: cut by the C# program (resources/dotnet/ValueTaskLab.Reference, Output/Listings.cs)
//    out of its own compiled sources, between `// listing:<strategy> begin|end` markers: a
//    fresh run's <fresh_dotnet_dir()>/listings/<strategy>.cs.txt when it exists, else the
//    shipped :/dotnet/reference/listings/<strategy>.cs.txt (a test checks that every shipped
//    listing is what the markers in the C# sources give).
#pragma once

#include "trace_view/path_animation_model.hpp"
#include "workload/scenario.hpp"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace vtl::models {

enum class CodeLanguage { cpp, csharp };

class CodePaneListing {
public:
    CodePaneListing() = default;
    // Parses a listing's source text (with its markers).
    static CodePaneListing parse(const QString& source);
    // Loads path(s, language); empty (with is_valid() false) when missing.
    static CodePaneListing load(workload::Strategy s, CodeLanguage language);
    // The listing compiled into the app: ":/code/<strategy>.cpp.txt" or
    // ":/dotnet/reference/listings/<strategy>.cs.txt".
    static QString resource_path(workload::Strategy s, CodeLanguage language);
    // The file load() reads: for C#, a fresh run's listing when it exists, else the resource.
    static QString path(workload::Strategy s, CodeLanguage language);

    bool is_valid() const noexcept { return !lines_.isEmpty(); }
    // The text shown: the source without its markers.
    QString text() const { return lines_.join(QLatin1Char('\n')); }
    const QStringList& lines() const noexcept { return lines_; }
    // 0-based lines marked with `key`.
    std::vector<int> lines_for(const QString& key) const;
    // The lines for the first of `keys` that marks any line.
    std::vector<int> lines_for_first(const QStringList& keys) const;

private:
    QStringList lines_;
    QHash<QString, std::vector<int>> keys_;
};

// The keys for the step the view is at, most specific first.
QStringList code_keys(const trace_view::PathFocus& focus);

} // namespace vtl::models
