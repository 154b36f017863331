target_sources(anxin_models PRIVATE ${CMAKE_CURRENT_LIST_DIR}/scoresummary.h ${CMAKE_CURRENT_LIST_DIR}/scoresummary.cpp)
target_sources(anxin_models PRIVATE ${CMAKE_CURRENT_LIST_DIR}/scoredashboard.h ${CMAKE_CURRENT_LIST_DIR}/scoredashboard.cpp)
