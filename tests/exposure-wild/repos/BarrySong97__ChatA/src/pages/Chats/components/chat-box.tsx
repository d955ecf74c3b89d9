import { Chat, Message } from "@/api/models/Chat";
import { Divider } from "antd";
import { FC, useEffect, useRef, useState } from "react";
import MessageList from "./message-list";
import ChatInput from "./chat-input";
import cuid from "@bugsnag/cuid";
import { ChatService } from "@/api/services/ChatService";
import { useQuery, useQueryClient } from "react-query";
import { estimateTokenLength } from "@/util";
import { brandAtom, currentModelAtom } from "@/atom";
import { useAtom } from "jotai";
import ChatHeader from "./chat-header";
export interface ChatboxProps {
export default Chatbox;
