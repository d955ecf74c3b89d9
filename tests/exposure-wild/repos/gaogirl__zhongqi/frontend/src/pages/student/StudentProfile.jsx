import React, { useEffect, useState } from 'react';
import api from '../../services/api';
import './Student.css';
export default StudentProfile;
