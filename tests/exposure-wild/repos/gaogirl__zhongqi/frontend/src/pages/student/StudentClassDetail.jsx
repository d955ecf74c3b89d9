import React, { useEffect, useMemo, useState } from 'react';
import { useParams, useNavigate } from 'react-router-dom';
import classesAPI from '../../services/classes';
import assignmentsAPI from '../../services/assignments';
import './Student.css';
export default function StudentClassDetail() {
