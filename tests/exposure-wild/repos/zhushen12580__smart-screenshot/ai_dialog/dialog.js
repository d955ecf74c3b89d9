        // 调用GLM-4V-Flash API获取图像描述
            action: 'callGLM4VFlashAPI',
                // 标准模式：直接调用GLM-4V-Flash API
                callGLM4VFlashAPI(message, imageBase64);
            action: 'callGLM4VFlashAPI',
    // 调用GLM-4V-Flash API
    function callGLM4VFlashAPI(message, imageBase64) {
            action: 'callGLM4VFlashAPI',
