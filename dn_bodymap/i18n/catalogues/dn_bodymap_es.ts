<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>atlas.caution</name>
    <message>
        <source>Abdominal cavity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the wrist the ulnar nerve and artery run under the flexor carpi ulnaris tendon into Guyon&apos;s canal beside the pisiform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the knee the tibial and common peroneal nerves, the popliteal artery and vein lie under skin and fascia between the hamstring tendons and the heads of gastrocnemius. Needle popliteus and plantaris from the side, away from the pulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the medial epicondyle the ulnar nerve lies in its groove under skin and thin fascia (the &apos;funny bone&apos;), then enters flexor carpi ulnaris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below and lateral to the scapula the lungs reach about the 10th rib beside the spine (the pleural recess down to the 12th), under lower trapezius, latissimus dorsi, iliocostalis and serratus. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the spine and the medial border of the scapula only trapezius, the rhomboids and thin serratus posterior cover the ribs; the pleura lies just beneath. Needle tangentially or onto a rib held between two fingers. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brachial plexus and subclavian vessels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carotid sheath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femoral nerve, artery and vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the cubital fossa the median nerve lies medial to the brachial artery and the biceps tendon; in the forearm it runs deep to flexor digitorum superficialis and at the wrist between the flexor carpi radialis and palmaris longus tendons into the carpal tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the femoral triangle below the inguinal ligament the femoral nerve, artery and vein lie side by side (lateral to medial) under skin and fascia, then run under sartorius in the adductor canal. Needle iliopsoas, pectineus and the adductors away from the femoral pulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung and pleura (between the shoulder blades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung and pleura (front of the chest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung and pleura (lower back of the chest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung apex (above the clavicle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung apex (root of the neck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popliteal fossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatic nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brachial plexus and subclavian artery pass between the anterior and middle scalenes, over the first rib under the clavicle and beneath pectoralis minor to the axilla. Nerve contact gives an electric shock down the arm; the subclavian vessels cannot be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common carotid artery, internal jugular vein and vagus nerve run under the anterior border of sternocleidomastoid. Needle the muscle by pincer grip, away from the pulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dome of the pleura and the lung apex rise 2-3 cm above the medial third of the clavicle, behind the scalenes and the lower sternocleidomastoid. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kidneys lie from about T12 to L3 in front of quadratus lumborum and the lateral erector spinae, their upper poles under the 12th rib and the pleural recess. A deep perpendicular needle lateral to the erector spinae, or one aimed at quadratus lumborum from the side, can reach the kidney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lungs lie under pectoralis major and minor and the intercostals from the clavicle to about the 6th rib at the midclavicular line and the 8th at the side; on the left the heart lies under the lower medial part. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sciatic nerve leaves the pelvis under piriformis, runs down midway between the ischial tuberosity and the greater trochanter under gluteus maximus and then under the hamstrings to the top of the popliteal fossa. A long needle into piriformis or the deep hamstrings can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vertebral artery runs up through the transverse foramina and across the posterior arch of the atlas in the suboccipital triangle, under semispinalis and the suboccipital muscles; deep needling toward the opposite eye or medially can reach it (and, near the midline, the spinal canal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulnar nerve (medial elbow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulnar nerve (wrist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under rectus abdominis, the obliques and transversus lie the peritoneum and the bowel (liver and spleen under the lower ribs). The wall is thin in slim patients; needle the wall muscles by lifting them or tangentially.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the upper trapezius between the neck and the acromion the lung apex lies below the first rib; a long needle aimed down toward the chest reaches it. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertebral artery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas.landmark</name>
    <message>
        <source>Achilles tendon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle of the jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle of the neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anococcygeal region (between the coccyx and the anus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball of the big toe (1st metatarsal head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball of the foot (plantar forefoot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C5 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C7 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clavicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coccyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubital fossa (front of elbow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsal foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsal forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsal hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsal wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyebrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flank (side of the waist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the outer ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteal fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greater trochanter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the 5th metatarsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyoid bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instep (medial arch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral epicondyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower teeth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial border of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial epicondyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occiput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Olecranon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer edge of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer side of the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior triangle of the neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pubic symphysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacroiliac joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole of the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sternum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T12 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T6 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T7 spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporomandibular joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumb base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbilicus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper teeth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volar forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volar wrist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas.muscle</name>
    <message>
        <source>Abductor digiti minimi (foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abductor digiti minimi (hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abductor hallucis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abductor pollicis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abductor pollicis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adductor brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adductor hallucis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adductor longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adductor magnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adductor pollicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anconeus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior scalene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biceps brachii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biceps femoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brachialis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brachioradialis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buccinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coracobrachialis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diaphragm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digastric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsal interossei (2nd-4th)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsal interossei (foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor carpi radialis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor carpi radialis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor carpi ulnaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor digitorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor digitorum brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor digitorum longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor hallucis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor hallucis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor indicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor pollicis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor pollicis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External oblique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dorsal interosseous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor carpi radialis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor carpi ulnaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digiti minimi brevis (foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digiti minimi brevis (hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digitorum brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digitorum longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digitorum profundus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digitorum superficialis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor hallucis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor hallucis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor pollicis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor pollicis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemelli (superior and inferior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteus maximus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteus medius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteus minimus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gracilis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iliocostalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iliopsoas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercostals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal oblique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral pterygoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latissimus dorsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levator ani and coccygeus (pelvic floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longissimus thoracis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longus colli and longus capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbricals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbricals (foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masseter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial pterygoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle scalene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multifidus and rotatores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obturator internus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occipitofrontalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opponens digiti minimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opponens pollicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orbicularis oculi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palmar interossei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palmaris longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pectineus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pectoralis major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pectoralis minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peroneus brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peroneus longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peroneus tertius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantar interossei (foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platysma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popliteus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior scalene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronator quadratus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronator teres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyramidalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratus femoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratus lumborum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratus plantae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectus abdominis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectus femoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhomboid major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhomboid minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sartorius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semimembranosus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semispinalis capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semispinalis cervicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semitendinosus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serratus anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serratus posterior inferior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serratus posterior superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splenius capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splenius cervicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sternalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sternocleidomastoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subclavius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suboccipitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscapularis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor fasciae latae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teres major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teres minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibialis posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transversus abdominis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triceps brachii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper iliocostalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastus intermedius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastus lateralis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastus medialis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zygomaticus major</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas.muscle_note</name>
    <message>
        <source>An inconstant muscle: found in only about 5% of people (reported 3-8% across populations), on one side or both, over the pectoralis beside the sternum. Chart it only where a band is actually palpable there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn without a pattern of its own: Travell &amp; Simons draw the first dorsal interosseous (pain along the second toe) and describe the others as referring along the toe their tendon reaches; only the dorsal interossei carry a drawn pattern here. Reached from the sole between the lateral metatarsals, or from the dorsum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn without a referral pattern: Travell &amp; Simons group the lumbricals with the deep intrinsic foot muscles but draw no pain pattern of their own for them. Reached from the sole, between the long flexor tendons behind the lesser toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn without a referral pattern: none is drawn for it in Travell &amp; Simons&apos; chapter on the deep intrinsic foot muscles. Reached on the outer sole under the fifth metatarsal, beside the abductor digiti minimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal muscles of the pelvic floor: their trigger points are found and treated per vaginam or per rectum, not through the skin of the buttock or the front of the body, so a region on the surface body chart would mislead. Their referred pain (to the coccyx and sacrum, the anus and rectum, the vagina) is described in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lies inside the trunk, under the lower ribs and against the lungs, liver and stomach: its trigger points cannot be palpated or needled from the surface without risk to the lung, so it has no region to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lies on the front of the scapula, against the chest wall, so it cannot be reached from the back. Its lateral part is reached from the axilla: arm abducted, between the chest wall and the scapula, through the posterior wall of the axilla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the muscle lines the inside of the pelvis, over the obturator membrane; the region on the back view is where it leaves the pelvis at the lesser sciatic notch and runs, between the gemelli, to the greater trochanter, deep under the gluteus maximus and close to the sciatic nerve. Travell &amp; Simons examine its trigger points from inside the pelvis (per vaginam or per rectum); they cannot be reached there with a needle through the skin of the buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons draw the interossei and abductor digiti minimi, not the lumbricals (secondary texts call their pain similar to the interossei&apos;s, along a finger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons draw thenar patterns only for adductor and opponens pollicis. An experimental (injected saline) study described pain over the thenar eminence and the back of the thumb web, sometimes up the radial forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none for the flexor pollicis brevis (their thenar patterns are adductor and opponens pollicis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none for the thumb&apos;s outcropping muscles (abductor pollicis longus, extensor pollicis longus and brevis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none that we could verify for longus colli or longus capitis. Deep on the front of the vertebrae beside the trachea, medial to the carotid sheath: not a routine dry-needling target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none. An experimental (injected saline) study found pain along the ulnar forearm, sometimes to the little finger, or into the middle and ring fingers. It lies deep to the flexor tendons just above the wrist; it is reached from the dorsum through the interosseous membrane or from the volar side beside the radial artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none. Its belly lies deep to extensor digitorum and extensor carpi ulnaris in the middle of the dorsal forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: none could be verified in Travell &amp; Simons or Donnelly et al. from the sources we could check (secondary sources describe only a local ache in the cheek and upper gum). Reached inside the cheek or by pincer grip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: of the hypothenar muscles Travell &amp; Simons draw only abductor digiti minimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral pattern is drawn: of the hypothenar muscles Travell &amp; Simons draw only abductor digiti minimi. It lies deep to abductor and flexor digiti minimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No separate pattern is drawn: Travell &amp; Simons draw the first and a second dorsal interosseous; each interosseous refers along the side of the finger it inserts on. Deep in the palm, reached through the palm between the flexor tendons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region for both bellies: the anterior belly under the chin and the posterior belly from the hyoid up behind the angle of the jaw (toward the mastoid it runs deep to the SCM). Each belly has its own pattern; a point takes the nearer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region for the 2nd to 4th dorsal interossei (the first has its own region and pattern). The pattern drawn is the 2nd&apos;s, to the middle finger; the 3rd refers to the ulnar side of the middle finger and the 4th to the ring finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pleura and lung lie directly beneath the intercostal space (see the lung caution zone): a needle here goes no deeper than the thin muscle layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotatores lie beneath the multifidus in the same groove beside the spinous processes and cannot be told apart from it by palpation or needle; a point charted here stands for either. Travell &amp; Simons treat them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper iliocostalis (thoracis above T7, and cervicis) along the angles of the ribs. The mid-thoracic trigger point (about T6) has a published pattern; no separate pattern is published for iliocostalis cervicis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divided into the anterior, middle and posterior scalene, one region each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n.terms</name>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superficial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>referral.pattern</name>
    <message>
        <source>A band around the side of the head from the base of the skull to the temple and above the eye (lower forehead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A band low across the back on both sides over the sacrum and sacroiliac region; some also ache in the lower abdomen above the pubis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep ache behind the breastbone, which may be felt across the midline; it may spread over the upper chest to the front of the shoulder and the inner arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep ache in the groin just below the inguinal ligament, over the front of the hip joint; it may spread onto the upper inner thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep ache in the thumb side of the volar wrist and forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep ache over the middle of the deltoid at the outer shoulder, often also at the lateral epicondyle; it may spread down the outer arm and forearm toward the wrist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep trigger point just above the outer elbow refers to the lateral epicondyle (tennis elbow) and may spread down the radial forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep, poorly localised headache from the base of the skull around the side of the head to the eye; at times over the forehead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep, steady ache under the upper part of the shoulder blade; it may spread over the back of the shoulder and arm, the ulnar forearm and hand to the little finger, and to the upper chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A horizontal band across the mid back on both sides at the thoracolumbar level, with pain in the upper abdomen near the xiphoid (like heartburn or indigestion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot, stinging, superficial pain running up and down the inner thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local ache in the middle of the top of the foot, over the muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local ache over the middle of the top of the foot, over the short toe extensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nagging local ache over and around the muscle, on the lower ribs of the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rare trigger point in the lower outer soleus that refers deep pain to the sacroiliac joint on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small, deep, sharply located spot at the back of the shoulder, in the posterior deltoid just above its insertion, like a bursitis; it may spread a little over the back of the upper arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stiff ache at the angle of the neck, where neck meets shoulder; at times down the inner border of the shoulder blade and to the back of the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superficial burning ache between the shoulder blade and the spine, running from the trigger point in toward the upper thoracic spinous processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superficial prickling in the palm, rather than a deep ache; it may reach the lower volar forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superficial sharp or tingling pain in a narrow band along the course of the muscle, across the front of the thigh and down its inner side to the inner knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger point at the musculotendinous junction just above the olecranon makes the tip of the elbow itself sore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger point deep in the medial head near its inner border, just above the elbow, refers to the medial epicondyle; pain may run on along the inner forearm to the palm side of the ring and little fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger point near the medial border of the shoulder blade refers along that border, between the shoulder blade and the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertical strip beside the lumbar spine on the same side, down to the sacroiliac region, and the groin and front of the upper thigh; spillover into the upper buttock and further down the front of the thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the back of the iliac crest, over the sacroiliac joint and on to the sacrum; spillover into the upper buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the iliac crest and over the greater trochanter at the outer hip; some also feel it in the lower side of the abdomen and the groin, or just below the trochanter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ache along the medial border of the shoulder blade, between it and the spine; it may spread up and out over the top of the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ache along the outside of the thumb and the thenar eminence, just beyond the wrist crease; it may reach the whole thumb and the thumb web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ache around the lower tip of the shoulder blade and the nearby mid back; it may spread to the back of the shoulder and down the inner arm and forearm to the ring and little fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ache close beside the spinous processes at and just around the level of the trigger point in the mid back; it stays by the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ache close beside the spinous processes at and just below the trigger point in the low back; from the lowest levels it can spread over the sacrum and to the coccyx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ache in the side of the chest around the trigger point and a spot at the lower inner edge of the shoulder blade; it may spread down the inner arm to the ulnar hand, ring and little fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arc up beside the nose, past the inner corner of the eye, to the middle of the forehead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior belly: the lower front teeth (incisors), the gum below them and the front of the chin; at times under the chin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior fibres: the lower outer buttock and a strip down the outside of the thigh, the outer knee and the peroneal side of the leg, at times to the outer ankle but not into the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior scalene, just behind the clavicular head of the SCM above the clavicle. The upper chest, the front and back of the arm, the thumb side of the hand and the inner border of the shoulder blade; at times down the thumb side of the forearm and into the index finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cervical multifidi (and rotatores) at about C4-C5: pain up to the base of the skull and down the back of the neck; at times over the shoulder to the upper inner border of the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clavicular division: a frontal headache on the same side that spreads across to the other side of the forehead, and earache deep in and behind the ear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep groin pain spreading onto the upper inner front of the thigh, and from the lower trigger points pain above the inner knee; it can spill down the inner thigh and along the inner shin toward the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep knee pain at the front of the knee, around and behind the kneecap; it may spread up over the lower front of the thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep layer, high near the jaw joint: pain deep in the ear and at the jaw joint (TMJ); sometimes ringing in the ear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep pain in the front of the shoulder joint; it may spread down the front and outer arm and the radial forearm to the thumb side of the hand, and occasionally to the upper back of the neck below the skull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep pain in the jaw joint (TMJ) and over the maxillary sinus in the cheek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep pain in the upper abdomen and lower chest (epigastric, heartburn-like); lower lateral fibres can send pain to the lower abdomen and the groin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep soreness through the whole buttock and over the lower sacrum, most felt when sitting; it can spread up toward the iliac crest and out toward the back of the hip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingers of pain over the temple, along the eyebrow and into the upper teeth; at times more of the side of the head and the upper jaw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From above the eye down along the side of the nose to the upper lip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From fibres beside the sacrum: a crescent of pain from the sacroiliac joint down the edge of the sacrum to the coccyx and out along the gluteal fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the lower lateral fibres, along the side of the lower ribs: pain at the front of the shoulder, and sometimes over the flank just above the iliac crest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the lower thoracic iliocostalis pain spreads up over the lower medial border and angle of the scapula; some feel it round the side of the chest and into the upper abdomen in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the medial head the main pain is in the instep, the inner arch of the sole; it spills into the back of the knee, down the inner calf and to the back of the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the mid-thigh trigger points pain runs up the inner front of the thigh to the groin just below the inguinal ligament and down nearly to the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the mid-thoracic iliocostalis (about T6) pain runs up over the medial shoulder blade toward the shoulder, and out to the side of the chest in front (on the left it can pass for heart pain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the proximal trigger point near the ischial tuberosity: a deep, diffuse pain inside the pelvis, which may be felt at the pubic bone, in the vagina or the rectum, at times in the bladder. The zones mark where this internal pain is shown on the surface, not an area of skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the upper lumbar iliocostalis pain runs down to the middle of the buttock; the low back between the trigger point and the buttock may ache too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontal belly: local pain over the forehead on the same side, spreading up over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High up the back of the neck (upper cervical muscles) to the mastoid, and a spot on the acromion; at times over the top of the shoulder blade and along its inner border.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intense pain over the front of the chest and breast; it may spread down the inner arm to the medial epicondyle and the ulnar forearm to the ring and little fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like adductor longus: deep groin pain and the upper inner front of the thigh, pain above the inner knee, at times down the inner shin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like semitendinosus: pain in the lower buttock at the gluteal fold, spilling down the back of the inner thigh to the inner knee and upper calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local pain over the back and middle of the deltoid, spreading a little down the back of the arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local pain over the front and middle of the deltoid; it may spread a little down the arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower trigger point: an ache at the angle of the neck, where neck meets shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-neck trigger point: pain up to the base of the skull (suboccipital region) and along the back of the neck; at times down over the shoulder to the upper inner border of the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle scalene, in the posterior triangle behind the anterior scalene. The upper chest, the front and back of the arm, the thumb side of the hand and the inner border of the shoulder blade; at times down the thumb side of the forearm and into the index finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occipital belly: pain over the back of the head on the same side and deep through the head behind the eye; at times over the top of the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the greater trochanter and down the front and outside of the thigh, sometimes as far as the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain above, behind and below the outer ankle bone and along the outer edge of the foot; it spills over the middle third of the outer leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the Achilles tendon just above the heel; it spills up the calf and into the heel and the whole sole of the foot and toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the inner heel and the inner border of the foot; it spills along the instep, the inner arch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the outer (ulnar) side of the little finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the palm side of the finger the trigger point serves (most often the middle and ring fingers), shooting out past the fingertip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the palm side of the ring and little fingers, which may spread into the palm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the palm side of the thumb to its tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the second toe, on its top and its underside; it can spread back over the neighbouring forefoot between the first and second metatarsals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the side of the finger the muscle inserts on (for the 2nd dorsal interosseous the middle finger), reaching the last finger joint; associated with Heberden&apos;s nodes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the thumb side of the index finger, deep into the back of the hand and the palm; it may spill over to the ulnar side of the little finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain along the whole outer thigh, from the region of the greater trochanter down to the outer knee; it can spill just below the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and a sense of fullness in the rectum and the anococcygeal region, and pain in the vagina, shown here beside the coccyx; it may spill over onto the back of the upper thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain around the outer ankle bone (above, behind and below it), a little way along the outer foot; at times over the lower outer leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the back of the base of the thumb and the thumb web; it may also be felt in the crook of the elbow and the front of the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the back of the knee extending down over the upper calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the back of the knee, mostly just below the crease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the back of the knee; it spills up the back of the thigh and a little way below the knee into the upper calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the heel, over its back and underside, and along the Achilles tendon; it may spread up the lower calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the inner front of the ankle and over the top and inner side of the big toe; it spills down the front of the shin from the trigger point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the inner front of the knee, along the inner side of the kneecap; a band may run up the lower inner thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the lateral epicondyle and over the back of the hand on the thumb side, near the anatomical snuffbox; the forearm between may ache too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the lateral epicondyle and the outer elbow, with a second spot at the back of the thumb web; a classic source of &apos;tennis elbow&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the little-finger side of the volar wrist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the thumb side of the volar wrist crease, spreading a little into the forearm and the base of the palm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the top of the head (vertex) on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain below the collarbone and down the front of the arm, then (skipping the elbow) the radial forearm and, skipping the wrist, the thumb, index and middle fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain close to the midline of the lower abdomen, from just above the pubic symphysis up toward the navel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the back of the hand at the web between thumb and index finger, and at the lateral epicondyle; it may spread along the thumb side of the forearm and wrist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the ball of the foot across the heads of the metatarsals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the ball of the foot over the heads of the second to fourth metatarsals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the groin and along the inguinal region, spreading into the lower abdomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the lower buttock at the gluteal fold; it spills down the back of the inner thigh to the inner back of the knee and the upper inner calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the middle of the back of the wrist and hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the middle of the sole just behind the lesser toes and under those toes; it spills to the inner ankle and the inner calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is felt far below the lower thoracic longissimus, in the lower buttock over the sacroiliac region; a faint trail may run down the lumbar back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain locally at the lateral epicondyle of the elbow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain on the little-finger side of the back of the wrist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain on the palm side of most of the thumb and a spot on the thumb side of the wrist crease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain on the underside of the heel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the back of the deltoid and down over the long head of the triceps at the back of the arm; sometimes also the back of the forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the back of the wrist and hand on the thumb side of the middle, from the wrist toward the index knuckle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the front of the deltoid and over the clavicular part of the muscle itself, below the collarbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the front of the deltoid; it may spread down the back of the arm (skipping the elbow), the back of the forearm and the back of the hand to the middle finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the front of the deltoid; it may spread over the chest and down the ulnar side of the arm and forearm to the middle, ring and little fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the front of the outer ankle; it can spill to the outer side of the heel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the front of the thigh, spreading from the mid-thigh down nearly to the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the top of the first metatarsal and the big toe; it may spill up over the front of the ankle and the lower shin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over the top of the foot toward the middle toes; it may spill up over the front of the ankle and the lower shin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain stays mostly at the trigger point in the rib space; what spreads runs forward along the same space toward the front of the chest rather than back toward the spine. Deep breaths, coughing and sneezing hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain under and on the inner side of the head of the first metatarsal and over the big toe; it may spill to the second toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain under the big toe and the ball of the foot at the head of the first metatarsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain under the outer ball of the foot, at the head of the fifth metatarsal; it may spread a little along the outer sole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain up over the biceps to the front of the shoulder; it may also be felt in the crook of the elbow and over the top of the shoulder blade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain up the back of the arm to the back and top of the shoulder; it may reach toward the base of the neck and, skipping the elbow, the back of the forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poorly localised pain in the mouth (tongue, hard palate) and the throat, below and behind the jaw joint, and deep in the ear; not in the teeth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior belly: the upper part of the sternocleidomastoid just below and behind the ear, over the mastoid; at times the throat under the chin and the back of the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior fibres: the lower inner buttock and down the back of the thigh; spillover behind the knee and into the calf (a sciatica look-alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior scalene, low in the posterior triangle toward the trapezius edge. The upper chest, the front and back of the arm, the thumb side of the hand and the inner border of the shoulder blade; at times down the thumb side of the forearm and into the index finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickling pain over the lower jaw (the skin over the mandible) and the lower cheek on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain at the back of the shoulder; it may spread over the shoulder blade, down the back of the arm to the elbow, and as a band around the wrist, back and front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sternal division: over and around the eye and eyebrow, across the cheek, at the top of the head and behind the ear on the back of the skull, and at the top of the breastbone; at times the throat and chin, and from beside the eye out to the temple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superficial layer: the upper and lower back teeth, the cheek and the jaw; at times over the eyebrow and the temple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deep, medial trigger points send pain to the sacroiliac joint (upper) and to the lower buttock (lower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low outer trigger point: pain at the outer knee and along the outer border of the kneecap, at times a little way up the outer thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle and outer buttock; spillover a little way down the back and outside of the upper thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle-finger extensor refers down the back of the forearm, wrist and hand into the middle finger, stopping short of its tip; the lateral elbow may ache too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more lateral, horizontal-fibre trigger point: up the back of the neck to the base of the skull (occiput) and behind the ear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring-finger extensor refers over the back of the hand into the ring finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sacroiliac region and the back of the hip, with spillover over the buttock and the upper back of the thigh. Travell &amp; Simons give it no pattern of its own: the referred pain of the short lateral rotators below the piriformis has not been told apart from the piriformis&apos;, so the piriformis pattern is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sacroiliac region and the outer buttock over the back of the hip joint; spillover over the rest of the buttock and the upper two-thirds of the back of the thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger point near the acromion: an ache on the top of the shoulder at the acromion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger points high in both heads, just below the knee: pain behind the knee, at times into the upper calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper trigger point below the head of the fibula: pain over the upper back of the calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points beside the navel cause cramping, colicky pain in the middle of the abdomen around the umbilicus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up the back and side of the neck to behind the ear (mastoid) and over the side of the head to the temple; at times the angle of the jaw and behind the eye. A leading cause of tension-type headache at the temple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper fibres refer a band of pain across the upper abdomen, from one costal margin to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper trigger point: pain deep inside the head, focused behind the eye; at times spreading to the temple and the back of the head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.accessibility</name>
    <message>
        <source>Body diagram, front and back views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the placement cursor (Shift: bigger steps), Enter charts a point there; Ctrl+arrows move the selected point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point&apos;s number, muscle, side and type; the colour is that of its marker and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point and session panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral zones shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place where the patient feels pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles that refer pain to that place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles that refer pain to the drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.actions</name>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddendum to the signed session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same needling as the &amp;last point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling pre&amp;sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;finder mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trigger-point &amp;sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;caution zones (lungs, nerves, vessels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit both views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient-friendly PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session from &amp;last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm point (re-checked today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling preset {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: all points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: selected point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Zones </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched: lungs and pleura, kidneys, nerves and vessels beneath the muscles, with depth guidance where published (C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>dn-bodymap cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anatomical atlas could not be loaded:

{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dn-bodymap cannot open the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {target} could not be opened:

{exc}

Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.background_check</name>
    <message>
        <source>INTEGRITY CHECK FAILED for the whole database (1 problem: {first}); run dn-bodymap verify for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED for the whole database ({count} problems, first: {first}); run dn-bodymap verify for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap (1 problem: see the Session tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap ({count} problems: see the Session tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.candidate_list</name>
    <message>
        <source>Chart a trigger point in this muscle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.chooser</name>
    <message>
        <source>Which muscle? (superficial first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} side, {layer} layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.compare</name>
    <message>
        <source>Compare sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ({points} points, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new · {persisting} persisting · {resolved} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (other view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to re-check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only comparison: open a session to edit it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.conflicts</name>
    <message>
        <source>Not saved:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry stores it once the server is back; Cancel leaves it unsaved (the window shows what is stored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.crash_dialog</name>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log files are in:

{folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.dialogs</name>
    <message>
        <source>Clinician profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to dn-bodymap. First, who is charting? Your name and credentials go on every session you record and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alex Morgan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PT, DPT, Cert. DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With clinician accounts: after this long without use the window hides patient data until the password is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.file_dialogs</name>
    <message>
        <source>File not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.form_fields</name>
    <message>
        <source>{needle_text} (as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.guard</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — dn-bodymap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records are kept under clinician accounts. Sign in to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;dn-bodymap is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {signature}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.inspector</name>
    <message>
        <source>No trigger point selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety at this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscles under the point, superficial first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s side; another side moves the point to the same muscle on that side (mirrored, same view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a pre&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in needled, the needle, the technique and (when the preset has one) the depth, as one change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &amp;last point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the needling of the point charted before this one (needle, depth, technique, time in tissue) (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as this muscle&apos;s preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this point&apos;s needle, technique and depth first for every point in this muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events at this point (bruising at point 3); those of the whole visit are in Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets: Edit → Needling presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger point selected: click on a muscle to chart one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number}: {name} ({side}, {layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle} (as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.keyboard_charting</name>
    <message>
        <source>Cursor ({view}): {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dn-bodymap will use {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.launch</name>
    <message>
        <source>dn-bodymap {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the anatomical atlas and your records…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.live</name>
    <message>
        <source>Not updated from elsewhere: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved ({what}): the database server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <source>dn-bodymap {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ain finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points (colours as on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas {data_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {date} ({state}) — dn-bodymap {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain finder: click where the patient feels pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle}: its classic site is not on its region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {signature}. Your name and credentials come from your clinician account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient added: New session (Ctrl+N) starts charting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(run dn-bodymap verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet: add the first one with New patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.muscle_search_box</name>
    <message>
        <source>Find muscle (Ctrl+F): &apos;pirif&apos;, &apos;glute min&apos;, &apos;QL&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.pain_finder_panel</name>
    <message>
        <source>Click where the patient feels pain, or pick a place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a place, e.g. heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no muscle in the table refers pain here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palpate these, most likely first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.pain_panel</name>
    <message>
        <source>Legend of the pain drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain drawn. Turn on Pain drawing (P) and drag over where the patient hurts; right-drag erases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The patient&apos;s pain drawing&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn area: {total:.1f}% of the body (front {front:.1f}%, back {back:.1f}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: (this build has no region names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The differential is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles whose referral zones best explain the drawing, most likely first (select one to see its zones and the sites to palpate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No muscle in the referral table refers pain to the drawn areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({side})
    explains {percent}% of the drawn pain · score {score:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.pain_tool</name>
    <message>
        <source>Drawin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;drawing (paint where it hurts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing (P): drag to paint the patient&apos;s pain, right-drag to erase; [ and ] change the brush; Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing: &amp;eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser (E): a drag erases the pain drawing (or right-drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing: smaller brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing: larger brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the pain drawing tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Brush </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size ([ smaller, ] larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Quality </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality of what is painted next (hatched as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Intensity </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intensity (0-10) of what is painted next: a denser wash for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing: drag to paint where the patient hurts; right-drag erases; Esc leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to erase there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing painted: paint on the body, not beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.patient_panel</name>
    <message>
        <source>Search patients (name, date of birth, identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start charting a visit of this patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note}: a part of the name, a birth date (YYYY-MM-DD) or an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (1 session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History ({n} sessions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.presets</name>
    <message>
        <source>Select a trigger point first, then apply a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset {number} (Edit → Needling presets…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trigger point first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number} is the first of this session: nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number} was not needled: nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the needle first: a preset needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset for {muscle_name}: {text} (offered first as Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered in the Point tab and as Ctrl+1 … Ctrl+9: a muscle&apos;s own presets first, then those for any muscle. A typical depth is filled in only when you set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <source>Open a session to print its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.privacy</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.progress_view</name>
    <message>
        <source>Progress — {patient} ({span})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.review_actions</name>
    <message>
        <source>Choose a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing needs two sessions of this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing carried forward: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} points carried forward from {date}: confirm each (Ctrl+Return) or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.safety_view</name>
    <message>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance supports the clinician&apos;s judgement; it never replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety warnings for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precautions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safet&amp;y ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth beyond the guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.scheme_menu</name>
    <message>
        <source>Colour sc&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.session_editor</name>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point placed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number} not moved: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number}: depth not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number} kept on the {side}: its muscle is not at the mirrored place; drag the marker instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.session_panel</name>
    <message>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated correction or addition, signed by you; the signed session itself stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it went since (bruise gone? soreness for how long?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (NPRS 0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-needling screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen: all &amp;no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every item still &apos;Not asked&apos; with No (a Yes is kept); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm carried answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers shaded amber come from the patient&apos;s standing precautions: confirm them at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events after treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing makes the session read-only; corrections after signing are addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit: {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session open: choose a patient, then New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {date} — {clinician_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signed_by} on {replace}: read-only. Corrections go in an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from {date}: confirm at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from an earlier visit: confirm at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm carried answers ({carried})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.signing</name>
    <message>
        <source>The correction or addition, e.g. &apos;Phoned next day: headache gone.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for signing without it (kept in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, record the required items (Session and Point tabs), then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the missing items, or give a reason for each to sign without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.site_field</name>
    <message>
        <source>Which of the muscle&apos;s trigger-point sites this point is: its referral zones are drawn from that site&apos;s pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} Refers: {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
