import React, { useState } from 'react';
import {
} from './MCPManagement';
export default function MCPManagementDashboard() {
