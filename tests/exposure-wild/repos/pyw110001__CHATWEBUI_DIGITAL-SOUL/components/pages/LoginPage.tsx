import React, { useState, useEffect } from 'react';
import { motion } from 'framer-motion';
import AppleLogoIcon from '../icons/AppleLogoIcon';
export default LoginPage;
