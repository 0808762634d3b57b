# ctest translations_current: fails when a tr() text in the sources is not in the Welsh
# catalogue, or is there but untranslated. The catalogue (translations/livedna_cy.ts) is the
# single source of the Welsh text, so a text added without its translation must not land.
# It runs lupdate exactly as the update_translations target does, on a copy of the catalogue.
foreach(_var LUPDATE GENERATOR_SCRIPT PROJECT_IN TS WORK)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "check-translations.cmake: -D${_var}=... is required")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
                        -P "${GENERATOR_SCRIPT}"
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project from ${PROJECT_IN}")
endif()
get_filename_component(_name "${TS}" NAME)
file(COPY "${TS}" DESTINATION "${WORK}")
execute_process(COMMAND "${LUPDATE}" -project ${WORK}/project.json -ts ${WORK}/${_name}
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${_out}${_err}")
endif()
if(NOT _out MATCHES "\\(0 new and")
    message(FATAL_ERROR "${_name} misses texts that the sources translate:\n${_out}\n"
        "Run `ninja -C build update_translations`, translate the new messages in ${_name} "
        "(Qt Linguist, or by hand: fill <translation> and drop type=\"unfinished\") and commit it.")
endif()
file(READ "${WORK}/${_name}" _ts)
string(REGEX MATCHALL "<translation type=\"unfinished\"" _unfinished "${_ts}")
list(LENGTH _unfinished _count)
if(_count GREATER 0)
    message(FATAL_ERROR "${_name}: ${_count} message(s) not yet translated (type=\"unfinished\"); "
        "open it in Qt Linguist and translate them.")
endif()
message(STATUS "${_name}: every text the sources translate has its translation")
