import { getCloudInstance, compareVersions, commonRequest } from "../tools";
