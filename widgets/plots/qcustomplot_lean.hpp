// QCustomPlot's header without the whole of QtPrintSupport.
//
// qcustomplot.h (2.1) includes the module header <QtPrintSupport/QtPrintSupport>, which pulls
// in every header of QtPrintSupport, QtWidgets, QtGui and QtCore: ~300,000 preprocessed lines,
// 8 of the 11 seconds a plot file took to compile (twice per CI run: plain and sanitizer
// builds). It needs only QPrinter and QPrintEngine from that module, so those come first and
// the module header's include guard is set around qcustomplot.h, which then skips it. A file
// that uses other Qt classes includes their headers itself, as it should anyway.
#pragma once

#include <QPrintEngine>
#include <QPrinter>

#ifndef QT_QTPRINTSUPPORT_MODULE_H
#define QT_QTPRINTSUPPORT_MODULE_H
#define VTL_QCP_SKIPPED_PRINTSUPPORT
#endif
#include <qcustomplot.h>
#ifdef VTL_QCP_SKIPPED_PRINTSUPPORT
#undef QT_QTPRINTSUPPORT_MODULE_H
#undef VTL_QCP_SKIPPED_PRINTSUPPORT
#endif
