const check = require('../../check.js');
    isAskChatGLM: false,
  isAskChatGLM: function () {
    const { isAskChatGLM } = this.data
    if (isAskChatGLM) {
      isAskChatGLM: !isAskChatGLM
        isAskChatGLM: res.data[0].tag == 'AI'
    if (this.data.isAskChatGLM) {
              newOpenId: 'ChatGLM',
              idTitle: 'ChatGLM',
            name: 'chatglm-pro',
                newOpenId: 'ChatGLM',
                idTitle: 'ChatGLM',
              name: 'chatglm-pro',
          newOpenId: 'ChatGLM',
                newOpenId: 'ChatGLM',
                idTitle: 'ChatGLM',
          if (this.data.isAskChatGLM) {
