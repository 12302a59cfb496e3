package rbs.comments;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * What Excel checks as a unit types into a form's open cells: the reader checks the same again,
 * since another program may not.
 */
final class FormValidations {

  private FormValidations() {}

  /** The open assessment cell of row {@code r}: a list of the fulfilment words. */
  static void assessment(Sheet sheet, String language, int r) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint words =
        helper.createExplicitListConstraint(
            new String[] {
              FormText.STATUS_MET.in(language),
              FormText.STATUS_PARTLY.in(language),
              FormText.STATUS_NOT_MET.in(language)
            });
    DataValidation v =
        helper.createValidation(
            words, new CellRangeAddressList(r, r, Form.COL_ASSESSMENT, Form.COL_ASSESSMENT));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(FormText.ASSESSMENT.in(language), FormText.CHOOSE.in(language));
    sheet.addValidationData(v);
  }

  /** The open text cells of row {@code r}: at most {@link Form#MAX_TEXT} characters. */
  static void textLength(Sheet sheet, String language, int r) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint length =
        helper.createTextLengthConstraint(
            DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
            Integer.toString(Form.MAX_TEXT),
            null);
    DataValidation v =
        helper.createValidation(
            length, new CellRangeAddressList(r, r, Form.COL_ANALYSIS, Form.COL_ACTIONS));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(
        FormText.ANALYSIS.in(language), FormText.TOO_LONG.format(language, Form.MAX_TEXT));
    sheet.addValidationData(v);
  }
}
