anxin_add_test(tst_scoremodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scoremodel.cpp LIBS anxin_core anxin_score_oracle LABELS unit)
anxin_add_test(tst_scorecalibration SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scorecalibration.cpp LIBS anxin_core LABELS unit)
