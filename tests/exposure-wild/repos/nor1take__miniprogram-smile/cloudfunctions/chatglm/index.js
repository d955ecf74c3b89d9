const cloud = require('wx-server-sdk')
const crypto = require("crypto");
const rp = require('request-promise')
const ChatGLM_6B_url = "https://maas.aminer.cn/api/paas/model/v2/open/engines/chatglm_qa_6b/chatglm_6b"
const ChatGLM_130B_url = "https://maas.aminer.cn/api/paas/model/v1/open/engines/chatGLM/chatGLM"
      uri: ChatGLM_130B_url,
      // uri: ChatGLM_6B_url,
