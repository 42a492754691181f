package com.salesperf.data.control;

import com.salesperf.platform.control.BusinessException;
import java.util.List;

/**
 * A file that was not imported, with every reason found and the HTTP status the API answers with:
 * 422 for invalid content, 413 for a file over the size limit, 415 for a file of the wrong type.
 * Nothing of the file is stored (a business exception rolls the transaction back).
 */
public class ImportRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<ImportProblem> problems;

    public ImportRefusedException(int status, List<ImportProblem> problems) {
        super(
                problems.isEmpty() ? "import.refused" : summaryKey(problems),
                summary(problems),
                problems.size());
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** A refusal for the file as a whole (size, type, encoding, header). */
    public static ImportRefusedException ofFile(int status, String code, Object... arguments) {
        return new ImportRefusedException(
                status, List.of(ImportProblem.of(0, "", code, arguments)));
    }

    public int status() {
        return status;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summaryKey(List<ImportProblem> problems) {
        return problems.size() == 1 && problems.get(0).row() == 0
                ? problems.get(0).code()
                : "import.refused";
    }

    private static String summary(List<ImportProblem> problems) {
        if (problems.size() == 1 && problems.get(0).row() == 0) {
            return problems.get(0).englishMessage();
        }
        return "the file was not imported: " + problems.size() + " error(s); nothing was stored";
    }

    @Override
    public Object[] arguments() {
        if (problems.size() == 1 && problems.get(0).row() == 0) {
            return problems.get(0).arguments().toArray();
        }
        return new Object[] {problems.size()};
    }
}
