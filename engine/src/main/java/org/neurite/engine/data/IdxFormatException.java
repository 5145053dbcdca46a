package org.neurite.engine.data;

/** An IDX file that cannot be read: the message names the file, what was found and what was expected. */
public final class IdxFormatException extends RuntimeException {
    private final String fileName;

    public IdxFormatException(String fileName, String problem) {
        super(fileName + ": " + problem);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
