import { FC, useCallback, useEffect, useRef, useState } from "react";
import styles from "./index.module.less";
import { getAnswer, getDailyNews, Message } from "@/utils/chatglm";
import { useAppDispatch, useAppSelector } from "@/redux/store";
import { marked } from "marked";
import _ from "lodash";
import hljs from "highlight.js";
import katex from "katex";
import cls from "classnames";
import {
} from "@/redux/slices/chat";
export default Chat;
