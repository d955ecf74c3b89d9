import { FC, useCallback, useEffect, useState } from "react";
import MessageItem from "./message-item";
import { Chat, Message } from "@/api/models/Chat";
import { brandAtom } from "@/atom";
import { useAtom } from "jotai";
import KeyInput from "./key-input";
import { Virtuoso, VirtuosoHandle } from "react-virtuoso";
import React from "react";
import { Button } from "@nextui-org/react";
import { SolarMapArrowDownBold, SolarMapArrowUpBold } from "@/assets/icon";
import _ from "lodash";
export interface MessageListProps {
export default MessageList;
