package org.recflow.kernel;

import java.util.Map;

/**
 * A refusal of the REST contract: a code, a sentence for people, and optional extra members of the
 * problem document (e.g. {@code latestDate}). Thrown by the rules; a refused request changes nothing,
 * because the transaction it is thrown in rolls back.
 */
public class RecflowException extends RuntimeException {

    private final ProblemCode code;
    private final Map<String, Object> properties;

    public RecflowException(ProblemCode code, String detail) {
        this(code, detail, Map.of());
    }

    public RecflowException(ProblemCode code, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public ProblemCode code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public static RecflowException notFound(String what) {
        return new RecflowException(ProblemCode.NOT_FOUND, what + " does not exist");
    }

    public static RecflowException notEligible(String detail) {
        return new RecflowException(ProblemCode.NOT_ELIGIBLE, detail);
    }

    public static RecflowException wrongStep(String detail) {
        return new RecflowException(ProblemCode.WRONG_STEP, detail);
    }

    public static RecflowException deadlinePassed(String detail) {
        return new RecflowException(ProblemCode.DEADLINE_PASSED, detail);
    }

    public static RecflowException invalid(String field, String detail) {
        return new RecflowException(ProblemCode.INVALID_REQUEST, detail, field == null ? Map.of() : Map.of("field", field));
    }

    public static RecflowException noticeTooShort(String detail, java.time.LocalDate latestDate) {
        return new RecflowException(ProblemCode.NOTICE_TOO_SHORT, detail, Map.of("latestDate", latestDate.toString()));
    }
}
