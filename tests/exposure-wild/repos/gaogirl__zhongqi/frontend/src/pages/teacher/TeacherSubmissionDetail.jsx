import React, { useEffect, useMemo, useState } from 'react';
import { useParams, Link } from 'react-router-dom';
import submissionsAPI from '../../services/submissions';
import './Teacher.css';
export default function TeacherSubmissionDetail() {
