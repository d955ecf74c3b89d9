import { DWClient, EventAck, TOPIC_ROBOT } from 'dingtalk-stream';
import https from 'https';
import fs from 'fs';
import {sendImg, sendMsg} from './Msg/sendMsg.js';
import schedule from 'node-schedule';
import glm from './Plugin/glm.js'
    const glmInstance = new glm();
    glmInstance.chat(content)
    glmInstance.draw(content)
