const check = require('../../check.js');
    glm: true
    // const { glm } = this.data
    //   glm: !glm
    // let tip = 'ChatGLM'
    // if (glm) {
                if (that.data.glm) {
                    name: 'chatglm-pro',
      if (that.data.glm) {
          idTitle = 'ChatGLM'
