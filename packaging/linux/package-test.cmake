# tst_package: packs the built tree as .tar.gz and .deb (cpack builds nothing), unpacks both, checks the layout
# and runs the installed anxin-desk --version and anxin-cli --help with a clean environment.
# Inputs: BUILD_DIR, CPACK, DPKG_DEB, VERSION, APP_ID.

set(work "${BUILD_DIR}/package-test")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}/home")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_out "${out}${err}" PARENT_SCOPE)
endfunction()

function(expect_files root)
  foreach(f bin/anxin-desk bin/anxin-cli bin/anxin-sandbox share/applications/${APP_ID}.desktop
            share/metainfo/${APP_ID}.metainfo.xml share/icons/hicolor/scalable/apps/${APP_ID}.svg
            share/icons/hicolor/16x16/apps/${APP_ID}.png share/icons/hicolor/512x512/apps/${APP_ID}.png)
    if(NOT EXISTS "${root}/${f}")
      message(FATAL_ERROR "${f} is missing from the package unpacked in ${root}")
    endif()
  endforeach()
endfunction()

# The installed programs, run as a fresh login would: no inherited variables, no display.
function(run_installed root)
  set(clean env -i HOME=${work}/home PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen)
  run(${clean} "${root}/bin/anxin-desk" --version)
  if(NOT run_out MATCHES "anxin-desk ${VERSION}")
    message(FATAL_ERROR "anxin-desk --version said: ${run_out}")
  endif()
  run(${clean} "${root}/bin/anxin-cli" --help)
  if(NOT run_out MATCHES "anxin-cli" OR NOT run_out MATCHES "sync")
    message(FATAL_ERROR "anxin-cli --help said: ${run_out}")
  endif()
  message(STATUS "${root}: anxin-desk --version and anxin-cli --help ran")
endfunction()

# .tar.gz
run("${CPACK}" --config "${BUILD_DIR}/CPackConfig.cmake" -G TGZ -B "${work}/out")
file(GLOB tgz "${work}/out/anxin-desk-${VERSION}-*.tar.gz")
list(LENGTH tgz n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .tar.gz in ${work}/out, found: ${tgz}")
endif()
file(MAKE_DIRECTORY "${work}/tgz")
run("${CMAKE_COMMAND}" -E chdir "${work}/tgz" "${CMAKE_COMMAND}" -E tar xzf "${tgz}")
file(GLOB tgzroot LIST_DIRECTORIES true "${work}/tgz/anxin-desk-${VERSION}-*")
expect_files("${tgzroot}")
run_installed("${tgzroot}")

# .deb
if(NOT DPKG_DEB)
  message(FATAL_ERROR "dpkg-deb is missing: run scripts/setup-deps")
endif()
run("${CPACK}" --config "${BUILD_DIR}/CPackConfig.cmake" -G DEB -B "${work}/out")
file(GLOB deb "${work}/out/anxin-desk_${VERSION}_*.deb")
list(LENGTH deb n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${work}/out, found: ${deb}")
endif()
run("${DPKG_DEB}" --field "${deb}" Package Version Depends)
if(NOT run_out MATCHES "Version: ${VERSION}" OR NOT run_out MATCHES "libqt6widgets6"
   OR NOT run_out MATCHES "libqt6sql6-sqlite")
  message(FATAL_ERROR "unexpected control fields:\n${run_out}")
endif()
run("${DPKG_DEB}" -x "${deb}" "${work}/deb")
expect_files("${work}/deb/usr")
run_installed("${work}/deb/usr")

find_program(DESKTOP_VALIDATE desktop-file-validate)
if(DESKTOP_VALIDATE)
  run("${DESKTOP_VALIDATE}" "${work}/deb/usr/share/applications/${APP_ID}.desktop")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  run("${APPSTREAMCLI}" validate --no-net --pedantic "${work}/deb/usr/share/metainfo/${APP_ID}.metainfo.xml")
endif()
file(REMOVE_RECURSE "${work}")
