const questionPool = require('../../utils/exampleQuestions.js');
        const filePath = `${wx.env.USER_DATA_PATH}/temp_audio.mp3`;
