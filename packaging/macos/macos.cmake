# macOS: "Anxin Desk.app" with the Qt frameworks deployed inside (macdeployqt through
# qt_generate_deploy_app_script), packed as a drag-and-drop .dmg. anxin-cli and anxin-sandbox go into the
# bundle's Contents/MacOS next to anxin-desk, so the first-run wizard finds the sandbox there.

qt_generate_deploy_app_script(TARGET anxin-desk FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${deploy_script}")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Anxin Desk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/../icons/anxin-desk.icns")

# The first-run wizard starts anxin-sandbox from the directory anxin-desk runs in.
# Note: macdeployqt (6.4) deploys the frameworks the bundle's main executable needs; QtHttpServer and
# QtWebSockets, which only the sandbox uses, must be added with `macdeployqt -executable=` on the build machine
# until the deploy script can take extra executables (Qt 6.5+: DEPLOY_TOOL_OPTIONS).
install(TARGETS anxin-cli anxin-sandbox RUNTIME DESTINATION anxin-desk.app/Contents/MacOS)
