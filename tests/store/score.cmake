anxin_add_test(tst_scoreinputs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scoreinputs.cpp ${CMAKE_CURRENT_LIST_DIR}/tempdb.h
               ${CMAKE_CURRENT_LIST_DIR}/scorefixture.h
               LIBS anxin_models anxin_score_oracle LABELS store)
anxin_add_test(tst_cli_score SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_score.cpp ${CMAKE_CURRENT_LIST_DIR}/scorefixture.h
               LIBS anxin_models anxin_score_oracle LABELS store)
add_dependencies(tst_cli_score anxin-cli)
