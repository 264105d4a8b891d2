package org.briefingpack.ingest;

/**
 * A document the job cannot read as text: missing, empty, binary, or without readable text.
 * The message names the file and the problem in plain words ("paris.txt: file is empty").
 */
public class UnreadableDocumentException extends RuntimeException {

    private final String fileName;
    private final String problem;

    public UnreadableDocumentException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    public UnreadableDocumentException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    /** The file name as found in the input folder. */
    public String fileName() {
        return fileName;
    }

    /** What is wrong, without the file name ("file is empty"). */
    public String problem() {
        return problem;
    }
}
