# The floors of the house, checked when CMake configures: a file may include (with quotes)
# only headers of its own floor and of the floors below it. Link lines already keep a lower
# target from linking a higher one; this catches the header-only include that link lines
# cannot see. See docs/ARCHITECTURE.md.
#
# vtl_check_layer(DIR <folder> ALLOWED <prefix>... [NO_QT] [NO_QT_WIDGETS])
#   <prefix> is the first component of a quoted include ("vtl", "widgets", …).
function(vtl_check_layer)
    cmake_parse_arguments(ARG "NO_QT;NO_QT_WIDGETS" "DIR" "ALLOWED" ${ARGN})
    file(GLOB_RECURSE files CONFIGURE_DEPENDS ${ARG_DIR}/*.hpp ${ARG_DIR}/*.cpp)
    foreach(f IN LISTS files)
        file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^/\"]+)/.*$" "\\1" prefix "${line}")
            if(NOT prefix IN_LIST ARG_ALLOWED)
                message(FATAL_ERROR "${f} includes \"${prefix}/…\", a floor above its own "
                    "(allowed here: ${ARG_ALLOWED}). See docs/ARCHITECTURE.md.")
            endif()
        endforeach()
        if(ARG_NO_QT)
            file(STRINGS "${f}" qt REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Qt|Q[A-Z]|qcustomplot)")
            if(qt)
                message(FATAL_ERROR "core must not use Qt: ${f} has ${qt}")
            endif()
        endif()
        if(ARG_NO_QT_WIDGETS)
            file(STRINGS "${f}" qtw REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QWidget|QPainter|QAbstractButton|QLabel|qcustomplot)")
            if(qtw)
                message(FATAL_ERROR "models must not use widgets: ${f} has ${qtw}")
            endif()
        endif()
    endforeach()
endfunction()
