// One combined vision prompt: GLM-4.6V reads the report image(s) and returns the
