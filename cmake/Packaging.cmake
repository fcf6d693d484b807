# Installing ValueTask Lab like a desktop application (`cmake --install`) and the Debian
# package (`cpack -G DEB`, run by scripts/package.sh). Included last by the top-level
# CMakeLists.txt, when the GUI is built.
#
# Installed, under CMAKE_INSTALL_PREFIX (GNUInstallDirs):
#   bin/valuetask-lab                                   (rule in app/CMakeLists.txt)
#   share/applications/valuetask-lab.desktop
#   share/icons/hicolor/scalable/apps/valuetask-lab.svg (+ PNG sizes if rsvg-convert exists)
#   share/metainfo/<VTL_APP_ID>.metainfo.xml
#   share/man/man1/valuetask-lab.1.gz                   (from --help by help2man)
#   share/doc/valuetask-lab/{copyright,README.md}
#   share/valuetask-lab/translations/*.qm               (only those not compiled in)
#   share/valuetask-lab/dotnet/ValueTaskLab.Reference/  the C# program `valuetask-lab dotnet`
#                                                       builds (sources only: no bin/, obj/)
# Scenario presets, lesson scripts, the code pane's sources and icons are compiled into the
# binary with Qt's resource system (resources/CMakeLists.txt): nothing to install for them,
# and the binary finds them wherever it runs from.
include(GNUInstallDirs)

set(VTL_RELEASE_DATE "2026-12-02")
# The project has no web site or domain yet. AppStream wants a reverse-DNS component ID and
# web addresses for screenshots; the defaults use the reserved `.invalid` domain (RFC 2606)
# so that nothing points at somebody else's site. Whoever publishes the project sets both
# (the screenshots are expected at ${VTL_PROJECT_URL}/docs/*.png, as in this repository).
set(VTL_APP_ID "invalid.valuetask_lab.ValueTaskLab" CACHE STRING
    "AppStream component ID (reverse DNS)")
set(VTL_PROJECT_URL "https://valuetask-lab.invalid" CACHE STRING
    "Web address of the project; AppStream screenshots are under <url>/docs/")
set(VTL_PACKAGE_MAINTAINER "ValueTask Lab authors <authors@valuetask-lab.invalid>" CACHE STRING
    "Maintainer field of the .deb")

set(vtl_pkg_src ${CMAKE_SOURCE_DIR}/packaging)
set(vtl_pkg_bin ${CMAKE_BINARY_DIR}/packaging)
set(VTL_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/valuetask-lab)
set(VTL_INSTALL_ICONDIR ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor)

install(FILES ${vtl_pkg_src}/valuetask-lab.desktop
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${vtl_pkg_src}/valuetask-lab.svg DESTINATION ${VTL_INSTALL_ICONDIR}/scalable/apps)
configure_file(${vtl_pkg_src}/valuetask-lab.metainfo.xml.in
    ${vtl_pkg_bin}/${VTL_APP_ID}.metainfo.xml @ONLY)
install(FILES ${vtl_pkg_bin}/${VTL_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
install(FILES ${vtl_pkg_src}/copyright ${CMAKE_SOURCE_DIR}/README.md
    DESTINATION ${VTL_INSTALL_DOCDIR})

set(vtl_pkg_outputs "")

# PNG icons for menus that do not scale SVG: rendered at build time when a renderer exists.
find_program(VTL_RSVG_CONVERT rsvg-convert)
if(VTL_RSVG_CONVERT)
    foreach(size 16 24 32 48 64 128 256)
        set(png ${vtl_pkg_bin}/icons/${size}x${size}/valuetask-lab.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${vtl_pkg_bin}/icons/${size}x${size}
            COMMAND ${VTL_RSVG_CONVERT} -w ${size} -h ${size} -o ${png}
                    ${vtl_pkg_src}/valuetask-lab.svg
            DEPENDS ${vtl_pkg_src}/valuetask-lab.svg
            COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
        install(FILES ${png} DESTINATION ${VTL_INSTALL_ICONDIR}/${size}x${size}/apps)
        list(APPEND vtl_pkg_outputs ${png})
    endforeach()
else()
    message(STATUS "rsvg-convert not found (Debian: librsvg2-bin): installing the SVG icon only")
endif()

# The man page: help2man runs the freshly built binary's --help and adds
# packaging/valuetask-lab.h2m (description, files, environment, examples).
find_program(VTL_HELP2MAN help2man)
find_program(VTL_GZIP gzip)
if(VTL_HELP2MAN AND VTL_GZIP)
    set(man ${vtl_pkg_bin}/valuetask-lab.1)
    add_custom_command(OUTPUT ${man} ${man}.gz
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                ${VTL_HELP2MAN} --no-info --section=1 --locale=C.UTF-8
                "--version-string=${PROJECT_VERSION}"
                "--name=measure and teach .NET Task<T> vs ValueTask<T>"
                --include=${vtl_pkg_src}/valuetask-lab.h2m
                --output=${man} $<TARGET_FILE:valuetask-lab>
        COMMAND ${VTL_GZIP} -9nf -k ${man}
        DEPENDS valuetask-lab ${vtl_pkg_src}/valuetask-lab.h2m
        COMMENT "Generating the man page from valuetask-lab --help" VERBATIM)
    install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    list(APPEND vtl_pkg_outputs ${man}.gz)
else()
    message(STATUS "help2man or gzip not found (Debian: help2man): no man page")
endif()

add_custom_target(vtl_packaging_files ALL DEPENDS ${vtl_pkg_outputs})

# Translations that are not compiled into the binary: whoever adds .qm files that must be
# installed appends them to this global property, e.g.
#   set_property(GLOBAL APPEND PROPERTY VTL_INSTALL_TRANSLATIONS ${qm_files})
# They go to share/valuetask-lab/translations, i.e. <binary>/../share/valuetask-lab/translations
# relative to the installed binary. Translations embedded with qt_add_translations(... 
# RESOURCE_PREFIX) need nothing here.
get_property(vtl_qm_files GLOBAL PROPERTY VTL_INSTALL_TRANSLATIONS)
if(vtl_qm_files)
    install(FILES ${vtl_qm_files}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/valuetask-lab/translations)
endif()

# The C# reference program, for `valuetask-lab dotnet`, which copies it to a writable cache
# folder before building it (app/cli/dotnet_command.cpp finds it relative to the binary).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/dotnet/ValueTaskLab.Reference
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/valuetask-lab/dotnet
    PATTERN bin EXCLUDE PATTERN obj EXCLUDE PATTERN out EXCLUDE
    PATTERN BenchmarkDotNet.Artifacts EXCLUDE)

# --- The Debian package ------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME valuetask-lab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "ValueTask Lab authors")
set(CPACK_PACKAGE_CONTACT "${VTL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "measure and teach .NET Task<T> vs ValueTask<T>")
set(CPACK_PACKAGE_DESCRIPTION
    "ValueTask Lab teaches, measures and demonstrates when .NET's ValueTask<T> saves an
allocation compared with Task<T>, when it does not, and how it breaks when it is awaited
twice. It carries its own small value-task core written in C++, drives it through workloads
set with sliders, and shows latency, allocations and a labelled GC-equivalent model live,
beside the claims of the texts it was built to test. Lessons for the classroom, CSV/PNG/PDF
export and a headless command line (valuetask-lab run) are included.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends is computed by dpkg-shlibdeps from the libraries the binary links (Qt, QCustomPlot,
# libstdc++, libc). Qt's xcb and offscreen platform plugins are in libqt6gui6, which that
# brings in.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# CJK glyphs for the Japanese interface, Qt's own ja/ru strings for standard dialogs, and
# Wayland without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
