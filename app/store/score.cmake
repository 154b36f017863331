target_sources(anxin_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/scoreinputsrepository.h
                                  ${CMAKE_CURRENT_LIST_DIR}/scoreinputsrepository.cpp)
