package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static rbs.model.Status.MET;
import static rbs.model.Status.NOT_ASSESSABLE;
import static rbs.model.Status.NOT_MET;
import static rbs.model.Status.PARTLY;

import java.util.List;
import org.junit.jupiter.api.Test;
import rbs.model.GoalRule;

class GoalFulfilmentTest {

  @Test
  void allNeedsEveryAssessableIndicatorMet() {
    assertThat(GoalFulfilment.of(GoalRule.ALL, List.of(MET, MET, NOT_ASSESSABLE))).isEqualTo(MET);
    assertThat(GoalFulfilment.of(GoalRule.ALL, List.of(MET, NOT_MET))).isEqualTo(PARTLY);
    assertThat(GoalFulfilment.of(GoalRule.ALL, List.of(NOT_MET, NOT_MET))).isEqualTo(NOT_MET);
    assertThat(GoalFulfilment.of(GoalRule.ALL, List.of(PARTLY, NOT_MET))).isEqualTo(PARTLY);
  }

  @Test
  void majorityNeedsMoreThanHalfMet() {
    assertThat(GoalFulfilment.of(GoalRule.MAJORITY, List.of(MET, MET, NOT_MET))).isEqualTo(MET);
    assertThat(GoalFulfilment.of(GoalRule.MAJORITY, List.of(MET, NOT_MET))).isEqualTo(PARTLY);
    assertThat(GoalFulfilment.of(GoalRule.MAJORITY, List.of(NOT_MET, NOT_MET))).isEqualTo(NOT_MET);
  }

  @Test
  void anyNeedsOneMet() {
    assertThat(GoalFulfilment.of(GoalRule.ANY, List.of(NOT_MET, MET))).isEqualTo(MET);
    assertThat(GoalFulfilment.of(GoalRule.ANY, List.of(NOT_MET, PARTLY))).isEqualTo(PARTLY);
    assertThat(GoalFulfilment.of(GoalRule.ANY, List.of(NOT_MET))).isEqualTo(NOT_MET);
  }

  @Test
  void isNotAssessableWhenNoIndicatorIs() {
    assertThat(GoalFulfilment.of(GoalRule.ALL, List.of(NOT_ASSESSABLE, NOT_ASSESSABLE)))
        .isEqualTo(NOT_ASSESSABLE);
  }
}
