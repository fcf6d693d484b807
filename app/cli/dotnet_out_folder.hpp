// The --out folder of `valuetask-lab dotnet`: which folders may be replaced, the temporary
// folders of killed runs next to it, and the swap that puts a complete fresh set in its place.
#pragma once

#include <QString>
#include <QStringList>

namespace vtl::app::dotnet_out {

// What a reference folder holds; anything else in an existing --out folder is refused,
// because the folder is replaced as a whole.
const QStringList& reference_entries();

// Why `dir` cannot be replaced by a fresh reference, or empty.
QString refuse(const QString& dir);

// Removes temporary folders of runs that were killed (".NAME.vtl-tmp-XXXXXX" next to NAME),
// once they are a day old (a younger one may belong to a run still going).
void remove_stale_temporaries(const QString& parent, const QString& name);

// Gives the folder `fresh` the mode `target` has (or a new folder's), then swaps it into place
// as `target`; `fresh` then holds the old folder, or nothing.
bool replace(const QString& fresh, const QString& target, QString* error);

} // namespace vtl::app::dotnet_out
