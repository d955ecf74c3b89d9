import { Chat } from "@/api/models/Chat";
import { Tooltip as AntDToolTip, Dropdown } from "antd";
import { FC, Key, useEffect, useState } from "react";
import { useAtom } from "jotai";
import { clsx } from "clsx";
import {
} from "@/assets/icon";
import { Empty, MenuProps, message } from "antd";
import { ChatService } from "@/api/services/ChatService";
import { useQueryClient } from "react-query";
import { brandAtom, currentModelAtom } from "@/atom";
import {
} from "@nextui-org/react";
import { ModelItem } from "@/model";
import KeyInput from "./key-input";
import React from "react";
import { Virtuoso } from "react-virtuoso";
export interface ChatListProps {
export default React.memo(ChatList);
