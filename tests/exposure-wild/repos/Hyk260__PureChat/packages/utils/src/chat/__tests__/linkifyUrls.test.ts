import { describe, expect, it } from "vitest"
import { linkifyUrls, hasLink, isValidUrl, linkifySegment, MENTION_REGEX } from "../linkifyUrls"
import atUserList from "./atUserList.json"
import type { GroupMemberType as GroupMember } from "@pure/database/schemas"
