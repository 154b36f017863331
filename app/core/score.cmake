target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/scoremodel.h ${CMAKE_CURRENT_LIST_DIR}/scoremodel.cpp
                                 ${CMAKE_CURRENT_LIST_DIR}/scorecalibration.h ${CMAKE_CURRENT_LIST_DIR}/scorecalibration.cpp)
