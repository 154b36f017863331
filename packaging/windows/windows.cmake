# Windows: the Qt runtime deployed next to the programs (windeployqt through qt_generate_deploy_app_script), an
# NSIS installer with Start-menu entry and uninstaller, and a .zip of the same tree. Needs NSIS on the build
# machine (`choco install nsis`); the GitHub workflow .github/workflows/desktop.yml does exactly this.

if(CMAKE_CROSSCOMPILING)
  # A cross build (scripts/check-windows) has no windeployqt: the Qt DLLs come with $<TARGET_RUNTIME_DLLS> below,
  # the plugins from here, beside the programs where Qt looks first.
  foreach(dir platforms sqldrivers tls styles imageformats networkinformation)
    if(EXISTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/${dir}")
      install(DIRECTORY "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/${dir}" DESTINATION bin)
    endif()
  endforeach()
else()
  foreach(target anxin-desk anxin-sandbox)
    qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${deploy_script}")
  endforeach()
endif()
install(FILES "${CMAKE_CURRENT_LIST_DIR}/../icons/anxin-desk.ico" DESTINATION share/icons)

# What windeployqt does not bring: the DLLs of imported non-Qt libraries (QtKeychain), the SQLite DLL that the
# core and Qt's QSQLITE driver share (one copy), and the compiler's runtime.
foreach(target anxin-desk anxin-cli anxin-sandbox)
  install(FILES $<TARGET_RUNTIME_DLLS:${target}> DESTINATION bin)
endforeach()
get_filename_component(_sqlite_lib_dir "${SQLite3_LIBRARY}" DIRECTORY)
find_file(ANXIN_SQLITE_DLL NAMES sqlite3.dll winsqlite3.dll
          HINTS "${_sqlite_lib_dir}/../bin" "${_sqlite_lib_dir}" NO_CMAKE_FIND_ROOT_PATH)
if(ANXIN_SQLITE_DLL)
  install(FILES "${ANXIN_SQLITE_DLL}" DESTINATION bin)
else()
  message(WARNING "sqlite3.dll not found beside ${SQLite3_LIBRARY}: the package would not start")
endif()
if(MINGW)
  get_filename_component(_mingw_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
  execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-libgcc-file-name OUTPUT_VARIABLE _libgcc
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  get_filename_component(_libgcc_dir "${_libgcc}" DIRECTORY)
  find_file(ANXIN_LIBSTDCXX_DLL libstdc++-6.dll HINTS "${_libgcc_dir}" "${_mingw_bin}" NO_CMAKE_FIND_ROOT_PATH)
  find_file(ANXIN_LIBGCC_DLL libgcc_s_seh-1.dll HINTS "${_libgcc_dir}" "${_mingw_bin}" NO_CMAKE_FIND_ROOT_PATH)
  find_file(ANXIN_WINPTHREAD_DLL libwinpthread-1.dll
            HINTS "${_mingw_bin}" "/usr/${CMAKE_SYSTEM_PROCESSOR}-w64-mingw32/lib" NO_CMAKE_FIND_ROOT_PATH)
  foreach(dll ANXIN_LIBSTDCXX_DLL ANXIN_LIBGCC_DLL ANXIN_WINPTHREAD_DLL)
    if(${dll})
      install(FILES "${${dll}}" DESTINATION bin)
    else()
      message(WARNING "${dll} not found: the package would not start on a machine without MinGW")
    endif()
  endforeach()
else()
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries) # the MSVC runtime
endif()

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Anxin Desk")
set(CPACK_NSIS_PACKAGE_NAME "Anxin Desk")
set(CPACK_NSIS_DISPLAY_NAME "Anxin Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/../icons/anxin-desk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/../icons/anxin-desk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\anxin-desk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "anxin-desk.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# CPACK_PACKAGE_ICON is the installer's header bitmap on NSIS and must be a .bmp: leave it out there.
unset(CPACK_PACKAGE_ICON)
