# Windows: the Qt runtime deployed next to the programs (windeployqt through qt_generate_deploy_app_script), an
# NSIS installer with Start-menu entry and uninstaller, and a .zip of the same tree. Needs NSIS on the build
# machine (`choco install nsis`); the GitHub workflow .github/workflows/desktop.yml does exactly this.

foreach(target anxin-desk anxin-sandbox)
  qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT "${deploy_script}")
endforeach()
install(FILES "${CMAKE_CURRENT_LIST_DIR}/../icons/anxin-desk.ico" DESTINATION share/icons)

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
